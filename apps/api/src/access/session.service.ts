import { randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SystemService } from '../system/system.service';
import { Session } from './session.entity';
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
    private readonly dataSource: DataSource,
    private readonly system: SystemService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const secret =
      this.config.auth.sessionSecret ??
      (await this.system.getOrCreate<string>('session.secret', () => randomBytes(48).toString('base64url')));
    this.tokens = new SessionTokens(Buffer.from(secret));
  }

  async start(personId: string, manager: EntityManager = this.dataSource.manager): Promise<StartedSession> {
    const expiresAt = new Date(Date.now() + this.config.auth.sessionHours * 3600 * 1000);
    const { identifiers } = await manager.insert(Session, { personId, expiresAt, revokedAt: null });
    const id = String(identifiers[0].id);
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
    const rows: { person_id: string; role: Role }[] = await this.dataSource.query(
      `SELECT p.id AS person_id, p.role FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND p.active`,
      [sessionId],
    );
    return rows.length === 1 ? { sessionId, personId: rows[0].person_id, role: rows[0].role } : null;
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a person (deactivation, new password), except the one given. */
  async endAllOf(personId: string, manager: EntityManager, except?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('person_id = :personId AND revoked_at IS NULL', { personId });
    if (except) query.andWhere('id <> :except', { except });
    await query.execute();
  }
}
