import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { UnitOfWork } from '../database/unit-of-work';
import { digest, leadReminder, MailContext } from './reminder-mail';
import { ReminderMailer } from './reminder.mailer';
import { ReminderRepository } from './reminder.repository';

/** A portfolio manager's digest of stale projects comes at most this often. */
export const DIGEST_EVERY_DAYS = 7;

/**
 * Reminders of due status reports: to the lead of each stale project, at most once per period of
 * LEITSTAND_REMINDER_DAYS, and a weekly digest of the stale projects to the portfolio managers.
 * Each reminder is recorded with its mail in one transaction; the mailer sends it afterwards.
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reminders: ReminderRepository,
    private readonly mailer: ReminderMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled;
  }

  /**
   * Records the reminders that are due now and has them sent: for one project's lead, or for every
   * stale project's lead and the portfolio managers' digests. Returns how many mails were recorded.
   */
  async sendDue(projectId: string | null = null): Promise<number> {
    if (!this.mailer.enabled)
      throw new ForbiddenError('Reminders are off: no SMTP server is configured (LEITSTAND_SMTP_URL).');
    const days = this.config.reminders.staleAfterDays;
    const context: MailContext = {
      publicUrl: this.config.reminders.publicUrl,
      timeZone: this.config.timeZone,
      staleAfterDays: days,
    };
    const count = await this.uow.transaction(async () => {
      await this.reminders.lockRun();
      let recorded = 0;
      for (const project of await this.reminders.dueProjects(days, projectId)) {
        await this.reminders.insert({
          kind: 'STALE_PROJECT',
          projectId: project.projectId,
          recipientId: project.leadId,
          recipientEmail: project.leadEmail,
          ...leadReminder(project, context),
        });
        recorded += 1;
      }
      if (projectId === null) {
        const stale = await this.reminders.staleProjects(days);
        if (stale.length > 0)
          for (const manager of await this.reminders.digestRecipients(DIGEST_EVERY_DAYS)) {
            await this.reminders.insert({
              kind: 'DIGEST',
              projectId: null,
              recipientId: manager.id,
              recipientEmail: manager.email,
              ...digest(manager, stale, context),
            });
            recorded += 1;
          }
      }
      return recorded;
    });
    if (count > 0) this.mailer.wake();
    return count;
  }

  lastReminded(projectId: string): Promise<Date | null> {
    return this.reminders.lastReminded(projectId);
  }
}
