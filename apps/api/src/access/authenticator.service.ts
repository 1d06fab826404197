import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { decodeJwt } from 'jose';
import { UnauthenticatedError } from '../common/errors';
import { API_TOKEN_PREFIX, ApiTokenService } from './api-token.service';
import type { Caller } from './caller';
import { readCookie, SESSION_COOKIE } from './cookies';
import { OidcService } from './oidc.service';
import { SESSION_ISSUER, SessionService } from './session.service';

const INVALID_TOKEN = 'The token is not valid, has expired or was revoked. Sign in again.';

/** Finds out who sent a request: a bearer token (session, API token or single sign-on) or the session cookie. */
@Injectable()
export class AuthenticatorService {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    private readonly oidc: OidcService,
  ) {}

  /** The caller, or null when the request names nobody; a token that is named but not valid is refused. */
  async authenticate(request: Request): Promise<Caller | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw new UnauthenticatedError('The Authorization header must read "Bearer <token>".');
      const caller = await this.fromBearer(match[1]);
      if (!caller) throw new UnauthenticatedError(INVALID_TOKEN);
      return caller;
    }
    const cookie = readCookie(request, SESSION_COOKIE);
    if (cookie === undefined) return null;
    const session = await this.sessions.resolve(cookie);
    if (!session) throw new UnauthenticatedError('Your session has ended. Sign in again.');
    return {
      personId: session.personId,
      role: session.role,
      method: 'cookie',
      sessionId: session.sessionId,
      readOnly: false,
    };
  }

  private async fromBearer(token: string): Promise<Caller | null> {
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const found = await this.apiTokens.resolve(token);
      return found && { ...found, method: 'api-token', readOnly: true };
    }
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return null;
    }
    if (issuer === SESSION_ISSUER) {
      const session = await this.sessions.resolve(token);
      return (
        session && {
          personId: session.personId,
          role: session.role,
          method: 'session',
          sessionId: session.sessionId,
          readOnly: false,
        }
      );
    }
    if (this.oidc.accepts(issuer)) {
      const found = await this.oidc.resolve(token);
      return found && { ...found, method: 'oidc', readOnly: false };
    }
    return null;
  }
}
