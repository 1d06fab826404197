/** The query parameter that names where to go after signing in (the sign-in page's and the API's). */
export const RETURN_PARAM = 'weiter';

/** The sign-in page's path; going back to it after signing in would go nowhere. */
export const SIGN_IN_PATH = '/anmelden';

const BASE = 'http://leitstand.invalid';

/**
 * Where to go after signing in: a path of this site only (never another origin, never `//host`,
 * `/\host` or anything that a browser would read as one, such as control characters that it
 * strips), else the dashboard. The web client and the API's single sign-on both use it, so that
 * no redirect of either leads elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return value;
}
