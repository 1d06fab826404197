import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import { ReminderService } from './reminder.service';

/** Milliseconds from `now` to the next hour:minute on the wall clock of `timeZone`. */
export function msUntil(hour: number, minute: number, timeZone: string, now = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const nowSeconds = part('hour') * 3600 + part('minute') * 60 + part('second');
  let wait = hour * 3600 + minute * 60 - nowSeconds;
  if (wait <= 0) wait += 24 * 3600;
  return wait * 1000 - now.getMilliseconds();
}

/** Sends the due reminders every day at LEITSTAND_REMINDERS (in the installation's time zone), where mail is configured. */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly reminders: ReminderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduleNext();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleNext(): void {
    const schedule = this.config.reminders.schedule;
    if (!schedule || !this.reminders.enabled) return;
    this.timer = setTimeout(() => void this.run(), msUntil(schedule.hour, schedule.minute, this.config.timeZone));
    this.timer.unref();
  }

  private async run(): Promise<void> {
    try {
      const count = await this.reminders.sendDue();
      this.logger.info({ reminders: count }, 'Sent the due status-report reminders');
    } catch (error) {
      this.logger.warn({ err: error }, 'The due reminders could not be recorded; they will be next time');
    }
    if (this.timer) this.scheduleNext();
  }
}
