import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, Page, toConnection } from '../graphql/connection';
import { SecurityEvent, SecurityEventDetails, SecurityEventKind } from './security-event.entity';

export const THROTTLE_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export interface SecurityEventInput {
  kind: SecurityEventKind;
  actorId?: string | null;
  subjectId?: string | null;
  email?: string | null;
  ipAddress?: string | null;
  details?: SecurityEventDetails;
}

/** The security log: sign-ins, throttles, tokens and account changes, readable by ADMIN. */
@Injectable()
export class SecurityLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one entry; inside a transaction, pass its manager so that the entry commits with the change. */
  async record(event: SecurityEventInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(SecurityEvent, {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subjectId: event.subjectId ?? null,
      email: event.email ?? null,
      ipAddress: event.ipAddress ?? null,
      details: event.details ?? {},
    });
  }

  /**
   * When sign-ins for this email are refused: after 5 failures within 15 minutes (since the last
   * success), until 15 minutes after the last of them. Returns null while sign-in is allowed.
   */
  async lockedUntil(email: string, now = new Date()): Promise<Date | null> {
    const rows: { at: Date }[] = await this.dataSource.query(
      `SELECT e.at FROM security_event e
        WHERE e.email = $1 AND e.kind = 'login.failed' AND e.at > $2
          AND e.at > COALESCE((SELECT max(s.at) FROM security_event s WHERE s.email = $1 AND s.kind = 'login.succeeded'), '-infinity')
        ORDER BY e.at DESC LIMIT ${THROTTLE_FAILURES}`,
      [email, new Date(now.getTime() - 2 * THROTTLE_WINDOW_MS)],
    );
    if (rows.length < THROTTLE_FAILURES) return null;
    const newest = new Date(rows[0].at).getTime();
    const oldest = new Date(rows[rows.length - 1].at).getTime();
    if (newest - oldest > THROTTLE_WINDOW_MS) return null;
    const until = new Date(newest + THROTTLE_WINDOW_MS);
    return until > now ? until : null;
  }

  async list(page: Page): Promise<Connection<SecurityEvent>> {
    const [rows, total] = await this.dataSource.getRepository(SecurityEvent).findAndCount({
      order: { at: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return toConnection(rows, page, total);
  }
}
