import { randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SystemService } from '../system/system.service';
import { AccessRepository } from './access.repository';
import { SessionTokens } from './session-token';

/** The issuer of our own session tokens; tokens of any other issuer are single sign-on tokens. */
export const SESSION_ISSUER = 'leitstand';

export interface StartedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

/**
 * Sessions: a row per session and a signed token (HS256 JWT) that names it. Verifying checks the
 * signature and expiry; the row decides whether the session still counts (not ended, person active).
 */
@Injectable()
export class SessionService implements OnModuleInit {
  private tokens!: SessionTokens;

  constructor(
    private readonly access: AccessRepository,
    private readonly system: SystemService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const secret =
      this.config.auth.sessionSecret ??
      (await this.system.getOrCreate<string>('session.secret', () => randomBytes(48).toString('base64url')));
    this.tokens = new SessionTokens(Buffer.from(secret));
  }

  async start(personId: string): Promise<StartedSession> {
    const expiresAt = new Date(Date.now() + this.config.auth.sessionHours * 3600 * 1000);
    const id = await this.access.insertSession(personId, expiresAt);
    const token = this.tokens.sign({
      sid: id,
      sub: personId,
      iss: SESSION_ISSUER,
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
    return { id, token, expiresAt };
  }

  /** The session that a valid token names and that still counts, with its person's role; else null. */
  async resolve(token: string): Promise<{ sessionId: string; personId: string; role: Role } | null> {
    const sessionId = this.tokens.verify(token, SESSION_ISSUER)?.sid;
    if (!sessionId) return null;
    const live = await this.access.liveSession(sessionId);
    return live ? { sessionId, ...live } : null;
  }

  async end(sessionId: string): Promise<void> {
    await this.access.endSession(sessionId);
  }

  /** Ends every session of a person (deactivation, new password), except the one given. */
  async endAllOf(personId: string, except?: string): Promise<void> {
    await this.access.endSessionsOf(personId, except);
  }
}
