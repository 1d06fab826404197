/** The query parameter of the sign-in page that names where to go afterwards. */
export const RETURN_PARAM = 'weiter';

/**
 * Where to go after signing in: a path of this site only (never another origin, never
 * `//host` or `/\host`), else the dashboard.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/anmelden' || value.startsWith('/anmelden?')) return '/';
  return value;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === '/' ? '/anmelden' : `/anmelden?${RETURN_PARAM}=${encodeURIComponent(path)}`;
}
