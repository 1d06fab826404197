import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/** The session token for the web client; httpOnly, so no script can read it. */
export const SESSION_COOKIE = 'leitstand_session';
/** Readable by the web client's scripts, which echo it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'leitstand_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Single sign-on in the browser: the sealed flow state while the person is at the provider. */
export const OIDC_FLOW_COOKIE = 'leitstand_oidc_flow';
/** The provider's ID token of the session, the hint for signing out at the provider too. */
export const OIDC_ID_TOKEN_COOKIE = 'leitstand_oidc_id';
/** The single sign-on routes, the only ones that get its cookies. */
export const OIDC_PATH = '/auth/oidc';

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  return header ? parse(header)[name] : undefined;
}

/** Whether the request names someone (a bearer token or the session cookie); whether they are valid, the guard finds out. */
export function hasCredentials(request: Request): boolean {
  return request.headers.authorization !== undefined || readCookie(request, SESSION_COOKIE) !== undefined;
}

function options(request: Request, httpOnly: boolean, expires?: Date, path = '/'): CookieOptions {
  // Lax: the provider sends the browser back with a top-level GET, which carries them.
  return { httpOnly, sameSite: 'lax', secure: request.secure, path, expires };
}

export function setSessionCookies(request: Request, response: Response, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, options(request, true, expiresAt));
  response.cookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), options(request, false, expiresAt));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request, true));
  response.clearCookie(CSRF_COOKIE, options(request, false));
}

/** Whether a cookie-authenticated request carries the CSRF cookie's value in the header, as only our own pages can. */
export function hasCsrfProof(request: Request): boolean {
  const cookie = readCookie(request, CSRF_COOKIE);
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || header.length !== cookie.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(cookie));
}

/** Sets (with a value) or clears (without) one of the single sign-on cookies; only its routes get it. */
export function setOidcCookie(
  request: Request,
  response: Response,
  name: typeof OIDC_FLOW_COOKIE | typeof OIDC_ID_TOKEN_COOKIE,
  value?: { value: string; expires: Date },
): void {
  if (value) response.cookie(name, value.value, options(request, true, value.expires, OIDC_PATH));
  else response.clearCookie(name, options(request, true, undefined, OIDC_PATH));
}
