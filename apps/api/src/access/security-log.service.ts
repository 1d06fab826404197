import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, Page, toConnection } from '../graphql/connection';
import { LOGGER } from '../logging/logging.module';
import { SecurityEvent, SecurityEventDetails, SecurityEventKind } from './security-event.entity';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  actorId?: string | null;
  subjectId?: string | null;
  email?: string | null;
  ipAddress?: string | null;
  details?: SecurityEventDetails;
}

/** Security events that the log stream gives as warnings: someone may be guessing passwords. */
const WARNINGS: ReadonlySet<SecurityEventKind> = new Set(['login.failed', 'login.throttled']);

/**
 * The security log: sign-ins, throttles, tokens and account changes, readable by ADMIN, and also
 * written to the log stream (info, warn for failed and throttled sign-ins) for the operator's tools.
 */
@Injectable()
export class SecurityLogService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Writes one entry; inside a transaction, pass its manager so that the entry commits with the
   * change. Callers record it as the transaction's last write, so that the log line (written once
   * the entry is stored) stands for a change that commits. The event holds no secrets: no
   * password, no token, only a token's id and name.
   */
  async record(event: SecurityEventInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const entry = {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subjectId: event.subjectId ?? null,
      email: event.email ?? null,
      ipAddress: event.ipAddress ?? null,
      details: event.details ?? {},
    };
    await manager.insert(SecurityEvent, entry);
    this.logger[WARNINGS.has(event.kind) ? 'warn' : 'info']({ securityEvent: entry }, `Security event: ${event.kind}`);
  }

  findById(id: string): Promise<SecurityEvent | null> {
    return this.dataSource.getRepository(SecurityEvent).findOneBy({ id });
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
