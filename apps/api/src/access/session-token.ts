import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a session token says: the session, its person, its issuer and when it was issued and ends (seconds). */
export interface SessionClaims {
  sid: string;
  sub: string;
  iss: string;
  iat: number;
  exp: number;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Session tokens: JWTs signed with HS256 (RFC 7515 compact form), made and checked with node:crypto's
 * HMAC. Every request checks one, synchronously: WebCrypto's asynchronous jobs cost more than the
 * HMAC itself. Only HS256 is accepted, whatever the header claims, and signatures are compared in
 * constant time.
 */
export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  sign(claims: SessionClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${HEADER}.${payload}.${this.mac(`${HEADER}.${payload}`).toString('base64url')}`;
  }

  /** The claims of a token that this secret signed, that `issuer` issued and that has not expired; else null. */
  verify(token: string, issuer: string, nowSeconds = Date.now() / 1000): SessionClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
    const [header, payload, signature] = parts;
    const protectedHeader = decodeJson(header) as { alg?: unknown; crit?: unknown } | undefined;
    if (protectedHeader?.alg !== 'HS256' || protectedHeader.crit !== undefined) return null;
    const expected = this.mac(`${header}.${payload}`);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = decodeJson(payload) as Partial<SessionClaims> | undefined;
    if (typeof claims !== 'object' || claims === null || claims.iss !== issuer) return null;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') return null;
    return claims as SessionClaims;
  }

  private mac(input: string): Buffer {
    return createHmac('sha256', this.secret).update(input).digest();
  }
}
