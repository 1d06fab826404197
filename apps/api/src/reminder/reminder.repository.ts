import { Language, Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Reminder } from './reminder.entity';

/** A stale project whose lead is due a reminder. */
export interface DueProject {
  projectId: string;
  code: string;
  title: string;
  /** The newest status report's time; null where there has been none. */
  lastStatusAt: Date | null;
  leadId: string;
  leadName: string;
  leadEmail: string;
  leadLanguage: Language;
}

/** A stale project as a digest lists it. */
export interface StaleProject {
  code: string;
  title: string;
  lastStatusAt: Date | null;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
  language: Language;
}

/** A reminder mail that this process has claimed to send. */
export type ClaimedMail = Pick<Reminder, 'id' | 'recipientEmail' | 'subject' | 'body' | 'attempts' | 'createdAt'>;

/** Reminders: who is due one, the record of those decided, and the mails that wait for the SMTP server. */
@Injectable()
export class ReminderRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Holds off other instances' reminder runs until this transaction ends, so that two instances
   * deciding at the same time write each reminder once.
   */
  async lockRun(): Promise<void> {
    await this.uow.query(sql`SELECT pg_advisory_xact_lock(hashtext('leitstand.reminders'))`);
  }

  /**
   * Stale projects (an active phase, no report for `days`, not archived) with an active lead, whose lead has not
   * been reminded of the project within the last `days`: one reminder per project per period.
   */
  dueProjects(days: number, projectId: string | null): Promise<DueProject[]> {
    return this.uow.query<DueProject>(
      sql`SELECT p.id AS "projectId", p.code, p.title, p.last_status_at AS "lastStatusAt",
                 l.id AS "leadId", l.name AS "leadName", l.email AS "leadEmail", l.language AS "leadLanguage"
            FROM project p JOIN person l ON l.id = p.lead_id AND l.active
           WHERE project_is_stale(p.phase, p.last_status_at, p.created_at, ${days}, now()) AND p.archived_at IS NULL
             AND (${projectId}::uuid IS NULL OR p.id = ${projectId}::uuid)
             AND NOT EXISTS (SELECT 1 FROM reminder r
                              WHERE r.project_id = p.id AND r.kind = 'STALE_PROJECT'
                                AND r.created_at > now() - make_interval(days => ${days}))
           ORDER BY p.code`,
    );
  }

  /** Every stale project that is not archived, by code. */
  staleProjects(days: number): Promise<StaleProject[]> {
    return this.uow.query<StaleProject>(
      sql`SELECT p.code, p.title, p.last_status_at AS "lastStatusAt" FROM project p
           WHERE project_is_stale(p.phase, p.last_status_at, p.created_at, ${days}, now()) AND p.archived_at IS NULL
           ORDER BY p.code`,
    );
  }

  /** Active portfolio managers who have had no digest within the last `days`. */
  digestRecipients(days: number): Promise<Recipient[]> {
    return this.uow.query<Recipient>(
      sql`SELECT m.id, m.name, m.email, m.language FROM person m
           WHERE m.role = ${Role.PORTFOLIO_MANAGER} AND m.active
             AND NOT EXISTS (SELECT 1 FROM reminder r
                              WHERE r.recipient_id = m.id AND r.kind = 'DIGEST'
                                AND r.created_at > now() - make_interval(days => ${days}))
           ORDER BY m.email`,
    );
  }

  /** When the project's lead was last reminded of it; null where never. */
  async lastReminded(projectId: string): Promise<Date | null> {
    const [row] = await this.uow.query<{ at: Date | null }>(
      sql`SELECT max(created_at) AS at FROM reminder WHERE project_id = ${projectId} AND kind = 'STALE_PROJECT'`,
    );
    return row?.at ?? null;
  }

  async insert(
    reminder: Pick<Reminder, 'kind' | 'projectId' | 'recipientId' | 'recipientEmail' | 'subject' | 'body'>,
  ): Promise<void> {
    await this.uow.manager.insert(Reminder, reminder);
  }

  /** Claims up to `limit` unsent mails that are due, for `leaseMs` (a claim counts as an attempt). */
  claimMails(limit: number, leaseMs: number): Promise<ClaimedMail[]> {
    return this.uow.query<ClaimedMail>(
      sql`UPDATE reminder SET attempts = attempts + 1,
                 next_attempt_at = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
           WHERE id IN (SELECT id FROM reminder WHERE sent_at IS NULL AND next_attempt_at <= clock_timestamp()
                         ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient_email AS "recipientEmail", subject, body, attempts, created_at AS "createdAt"`,
    );
  }

  async sent(id: string): Promise<void> {
    await this.uow.query(sql`UPDATE reminder SET sent_at = clock_timestamp(), last_error = NULL WHERE id = ${id}`);
  }

  async sendFailed(id: string, error: string, retryAt: Date): Promise<void> {
    await this.uow.query(sql`UPDATE reminder SET last_error = ${error}, next_attempt_at = ${retryAt} WHERE id = ${id}`);
  }

  /** Ends the claims of a process that is gone (embedded database only: it has one process). */
  async releaseClaims(): Promise<void> {
    await this.uow.query(
      sql`UPDATE reminder SET next_attempt_at = clock_timestamp()
           WHERE sent_at IS NULL AND next_attempt_at > clock_timestamp()`,
    );
  }

  /** When the next unsent mail is due; null where none waits. */
  async nextMailDue(): Promise<Date | null> {
    const [row] = await this.uow.query<{ due: Date | null }>(
      sql`SELECT min(next_attempt_at) AS due FROM reminder WHERE sent_at IS NULL`,
    );
    return row?.due ?? null;
  }
}
