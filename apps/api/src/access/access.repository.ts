import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Connection, Page, toConnection } from '../graphql/connection';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Person } from '../people/person.entity';
import { ApiToken } from './api-token.entity';
import { SecurityEvent } from './security-event.entity';
import { Session } from './session.entity';

/** A sign-in counter's answer for one attempt (see SignInThrottleService). */
export interface CountedAttempt {
  scope: 'email' | 'address';
  admitted: boolean;
  retry_after_seconds: number | null;
}

/** Sessions, API tokens, the security log and the sign-in counters. */
@Injectable()
export class AccessRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The person with this email (already in lower case), active or not, or null. */
  personByEmail(email: string): Promise<Person | null> {
    return this.uow.manager.findOneBy(Person, { email });
  }

  personById(id: string): Promise<Person | null> {
    return this.uow.manager.findOneBy(Person, { id });
  }

  async insertSession(personId: string, expiresAt: Date): Promise<string> {
    const { identifiers } = await this.uow.manager.insert(Session, { personId, expiresAt, revokedAt: null });
    return String(identifiers[0].id);
  }

  /** The person and role of a session that still counts (not ended or expired, person active). */
  async liveSession(sessionId: string): Promise<{ personId: string; role: Role } | null> {
    const rows = await this.uow.query<{ personId: string; role: Role }>(
      sql`SELECT p.id AS "personId", p.role FROM session s JOIN person p ON p.id = s.person_id
           WHERE s.id = ${sessionId} AND s.revoked_at IS NULL AND s.expires_at > now() AND p.active`,
    );
    return rows.length === 1 ? rows[0] : null;
  }

  async endSession(sessionId: string): Promise<void> {
    await this.uow.manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a person, except the one given. */
  async endSessionsOf(personId: string, except?: string): Promise<void> {
    await this.uow.query(
      sql`UPDATE session SET revoked_at = now()
           WHERE person_id = ${personId} AND revoked_at IS NULL ${except ? sql`AND id <> ${except}` : sql``}`,
    );
  }

  insertToken(values: Omit<ApiToken, 'id' | 'createdAt' | 'person' | 'createdBy'>): Promise<ApiToken> {
    return this.uow.manager.save(this.uow.manager.create(ApiToken, values));
  }

  tokenById(id: string): Promise<ApiToken | null> {
    return this.uow.manager.findOneBy(ApiToken, { id });
  }

  async revokeToken(id: string): Promise<ApiToken> {
    await this.uow.manager.update(ApiToken, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return this.uow.manager.findOneByOrFail(ApiToken, { id });
  }

  /** Revokes every live token of a person; returns those it revoked. */
  revokeTokensOf(personId: string): Promise<{ id: string; name: string }[]> {
    return this.uow.query(
      sql`UPDATE api_token SET revoked_at = now() WHERE person_id = ${personId} AND revoked_at IS NULL RETURNING id, name`,
    );
  }

  tokens(personId?: string | null): Promise<ApiToken[]> {
    return this.uow.manager.find(ApiToken, { where: personId ? { personId } : {}, order: { createdAt: 'DESC' } });
  }

  /**
   * The person and role of a valid token (not revoked or expired, person active) by its hash; notes
   * its use at most once a minute, in the same statement.
   */
  async liveToken(tokenHash: string): Promise<{ personId: string; role: Role } | null> {
    const rows = await this.uow.query<{ personId: string; role: Role }>(
      sql`WITH valid AS (
            SELECT t.id, p.id AS person_id, p.role FROM api_token t JOIN person p ON p.id = t.person_id
             WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND p.active
          ), used AS (
            UPDATE api_token SET last_used_at = now()
             WHERE id IN (SELECT id FROM valid) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
          )
          SELECT person_id AS "personId", role FROM valid`,
    );
    return rows.length === 1 ? rows[0] : null;
  }

  async insertSecurityEvent(
    event: Pick<SecurityEvent, 'kind' | 'actorId' | 'subjectId' | 'email' | 'ipAddress' | 'details'>,
  ) {
    await this.uow.manager.insert(SecurityEvent, event);
  }

  securityEventById(id: string): Promise<SecurityEvent | null> {
    return this.uow.manager.findOneBy(SecurityEvent, { id });
  }

  async securityEvents(page: Page): Promise<Connection<SecurityEvent>> {
    const [rows, total] = await this.uow.manager.findAndCount(SecurityEvent, {
      order: { at: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, page, total);
  }

  /**
   * Counts one sign-in attempt for its email and its address, in one statement (an upsert that takes
   * both rows' locks, the email's first): each counter lets the attempt through only while it is
   * below its limit in the window, and the attempt that reaches a limit refuses further ones until
   * the window is over.
   */
  countAttempt(attempt: {
    email: string;
    address: string;
    emailLimit: number;
    addressLimit: number;
    windowSeconds: number;
    id: string;
  }): Promise<CountedAttempt[]> {
    const { email, address, emailLimit, addressLimit, windowSeconds, id } = attempt;
    return this.uow.query(
      sql`WITH attempt (scope, key) AS (VALUES ('email', ${email}::text), ('address', ${address}::text))
          INSERT INTO sign_in_attempt AS a (scope, key, failures, window_started_at, locked_until, admitted_attempt)
          SELECT scope, key, 1, now(), NULL, ${id}::uuid FROM attempt ORDER BY scope DESC
          ON CONFLICT (scope, key) DO UPDATE SET
            failures = CASE WHEN a.locked_until > now() THEN a.failures
                            WHEN a.window_started_at <= now() - make_interval(secs => ${windowSeconds}) THEN 1
                            ELSE a.failures + 1 END,
            window_started_at = CASE WHEN a.locked_until > now() THEN a.window_started_at
                                     WHEN a.window_started_at <= now() - make_interval(secs => ${windowSeconds}) THEN now()
                                     ELSE a.window_started_at END,
            locked_until = CASE WHEN a.locked_until > now() THEN a.locked_until
                                WHEN a.window_started_at > now() - make_interval(secs => ${windowSeconds})
                                     AND a.failures + 1 >= CASE a.scope WHEN 'email' THEN ${emailLimit}::int ELSE ${addressLimit}::int END
                                  THEN now() + make_interval(secs => ${windowSeconds})
                                ELSE NULL END,
            admitted_attempt = CASE WHEN a.locked_until > now() THEN a.admitted_attempt ELSE ${id}::uuid END
          RETURNING a.scope, a.admitted_attempt = ${id}::uuid AS admitted,
            -- Measured from the moment of answering: a transaction that waited for the row lock began earlier.
            CASE WHEN a.locked_until > now() THEN greatest(ceil(extract(epoch FROM a.locked_until - clock_timestamp())), 1)::int END AS retry_after_seconds`,
    );
  }

  /** A correct password: the email's counter goes, and the address's gives one attempt back. */
  async attemptSucceeded(email: string, address: string, addressLimit: number): Promise<void> {
    // Two statements, each locking one row: a transaction that holds both rows never waits for this one.
    await this.uow.query(sql`DELETE FROM sign_in_attempt WHERE scope = 'email' AND key = ${email}`);
    await this.uow.query(
      sql`UPDATE sign_in_attempt SET failures = greatest(failures - 1, 0),
            locked_until = CASE WHEN failures - 1 < ${addressLimit}::int THEN NULL ELSE locked_until END
           WHERE scope = 'address' AND key = ${address}`,
    );
  }

  /** Forgets counters whose window and refusal are both over. */
  async sweepAttempts(windowSeconds: number): Promise<void> {
    await this.uow.query(
      sql`DELETE FROM sign_in_attempt WHERE (scope, key) IN (
            SELECT scope, key FROM sign_in_attempt
             WHERE window_started_at <= now() - make_interval(secs => ${windowSeconds}) AND (locked_until IS NULL OR locked_until <= now())
             FOR UPDATE SKIP LOCKED)`,
    );
  }
}
