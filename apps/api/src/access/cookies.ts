import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/** The session token for the web client; httpOnly, so no script can read it. */
export const SESSION_COOKIE = 'leitstand_session';
/** Readable by the web client's scripts, which echo it in the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'leitstand_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  return header ? parse(header)[name] : undefined;
}

/** Whether the request names someone (a bearer token or the session cookie); whether they are valid, the guard finds out. */
export function hasCredentials(request: Request): boolean {
  return request.headers.authorization !== undefined || readCookie(request, SESSION_COOKIE) !== undefined;
}

function options(request: Request, httpOnly: boolean, expires?: Date): CookieOptions {
  return { httpOnly, sameSite: 'lax', secure: request.secure, path: '/', expires };
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
