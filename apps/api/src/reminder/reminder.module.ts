import { Module } from '@nestjs/common';
import { ReminderMailer } from './reminder.mailer';
import { ReminderRepository } from './reminder.repository';
import { ReminderResolver } from './reminder.resolver';
import { ReminderScheduler } from './reminder.scheduler';
import { ReminderService } from './reminder.service';

/** Reminders of due status reports by mail: the record, the mailer, the daily schedule and the API. */
@Module({ providers: [ReminderRepository, ReminderMailer, ReminderService, ReminderScheduler, ReminderResolver] })
export class ReminderModule {}
