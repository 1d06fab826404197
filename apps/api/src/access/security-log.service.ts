import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { Connection, Page } from '../graphql/connection';
import { LOGGER } from '../logging/logging.module';
import { AccessRepository } from './access.repository';
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
    private readonly access: AccessRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Writes one entry; inside a unit of work, it commits with the change. Callers record it as the transaction's last write, so that the log line (written once
   * the entry is stored) stands for a change that commits. The event holds no secrets: no
   * password, no token, only a token's id and name.
   */
  async record(event: SecurityEventInput): Promise<void> {
    const entry = {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subjectId: event.subjectId ?? null,
      email: event.email ?? null,
      ipAddress: event.ipAddress ?? null,
      details: event.details ?? {},
    };
    await this.access.insertSecurityEvent(entry);
    this.logger[WARNINGS.has(event.kind) ? 'warn' : 'info']({ securityEvent: entry }, `Security event: ${event.kind}`);
  }

  findById(id: string): Promise<SecurityEvent | null> {
    return this.access.securityEventById(id);
  }

  list(page: Page): Promise<Connection<SecurityEvent>> {
    return this.access.securityEvents(page);
  }
}
