import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from '../database/database';
import { LOGGER } from '../logging/logging.module';
import { ClaimedMail, ReminderRepository } from './reminder.repository';

const BATCH = 20;
/** A claim outlasts an SMTP conversation (nodemailer's timeouts below). */
const LEASE_MS = 60_000;
const FIRST_RETRY_MS = 1_000;
const LONGEST_WAIT_MS = 15 * 60 * 1000;

/** The wait before the next try of a mail: doubling from a second to a quarter of an hour, with jitter. Mails are tried until they are sent. */
export function mailBackoffMs(attempts: number, random = Math.random()): number {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_WAIT_MS);
  return Math.round(wait / 2 + (wait / 2) * random);
}

/**
 * Sends the recorded reminder mails through the SMTP server (LEITSTAND_SMTP_URL). A mail stays in
 * the database until the server has taken it: a server that is down delays mails and loses none.
 * No database connection is held while the SMTP server is talked to.
 */
@Injectable()
export class ReminderMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly database: Database,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const url = config.reminders.smtpUrl;
    if (url)
      this.transport = createTransport(
        { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
        { from: config.reminders.from },
      );
  }

  /** Whether mails can be sent at all (an SMTP server is configured). */
  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.transport) return;
    if (this.database.kind === 'embedded') await this.reminders.releaseClaims();
    await this.scheduleNextDue();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
    this.transport?.close();
  }

  /** Sends what waits, soon (reminders were just recorded). */
  wake(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || !this.transport) return;
    // A round that runs looks for the next due mail when it ends.
    if (this.round) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private async scheduleNextDue(): Promise<void> {
    const due = await this.reminders.nextMailDue();
    if (due) this.schedule(due.getTime() - Date.now());
  }

  private async run(): Promise<void> {
    this.round = (async () => {
      try {
        const claimed = await this.reminders.claimMails(BATCH, LEASE_MS);
        for (const mail of claimed) await this.send(mail);
      } catch (error) {
        this.logger.warn({ err: error }, 'Reminder mails could not be read; trying again');
      }
    })();
    await this.round;
    this.round = undefined;
    try {
      await this.scheduleNextDue();
    } catch {
      this.schedule(LEASE_MS);
    }
  }

  private async send(mail: ClaimedMail): Promise<void> {
    try {
      await this.transport!.sendMail({ to: mail.recipientEmail, subject: mail.subject, text: mail.body });
      await this.reminders.sent(mail.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.reminders.sendFailed(mail.id, message, new Date(Date.now() + mailBackoffMs(mail.attempts)));
      this.logger.warn(
        { reminder: mail.id, attempt: mail.attempts, error: message },
        'A reminder mail could not be sent yet; it will be tried again',
      );
    }
  }
}
