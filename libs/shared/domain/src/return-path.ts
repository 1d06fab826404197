/** The query parameter that names where to go after signing in (the sign-in page's and the API's). */
export const RETURN_PARAM = 'weiter';

/** The sign-in page's path; going back to it after signing in would go nowhere. */
export const SIGN_IN_PATH = '/anmelden';

const BASE = 'http://leitstand.invalid';

/** Control characters (tab, newline, …), which browsers drop from addresses: `/\t/host` becomes `//host`. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Where to go after signing in: a path of this site only (never another origin, never `//host`,
 * `/\host` or anything that a browser would read as one, such as control characters that it
 * strips), else the dashboard. The web client and the API's single sign-on both use it, so that
 * no redirect of either leads elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || value.includes('\\') || hasControl(value)) return '/';
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
