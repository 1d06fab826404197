/** The readable cookie that the API sets at sign-in; its value goes back in the X-CSRF-Token header. */
export const CSRF_COOKIE = 'leitstand_csrf';

/** The value of one cookie, or undefined where there is none. */
export function readCookie(name: string, cookies: string = globalThis.document?.cookie ?? ''): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

/** Whether the browser may hold a session: without the CSRF cookie it certainly does not. */
export function mayHaveSession(): boolean {
  return readCookie(CSRF_COOKIE) !== undefined;
}
