import { Role } from '@leitstand/shared-domain';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Roles, SignedIn } from '../access/access.decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ReminderService } from './reminder.service';

@ObjectType({ description: 'How this installation reminds project leads of due status reports.' })
export class ReminderSettings {
  @Field({ description: 'Whether reminder mails can be sent (an SMTP server is configured).' })
  enabled!: boolean;

  @Field(() => Int, {
    description: 'A project in phase PLANNED or IN_PROGRESS is due a report after this many days without one.',
  })
  staleAfterDays!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The daily time (HH:MM, the server's time zone) at which due reminders go out; null where only sent by hand.",
  })
  dailyAt!: string | null;
}

@Resolver()
export class ReminderResolver {
  constructor(
    private readonly reminders: ReminderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Query(() => ReminderSettings)
  reminderSettings(): ReminderSettings {
    const schedule = this.config.reminders.schedule;
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      enabled: this.reminders.enabled,
      staleAfterDays: this.config.reminders.staleAfterDays,
      dailyAt: schedule && this.reminders.enabled ? `${pad(schedule.hour)}:${pad(schedule.minute)}` : null,
    };
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Int, {
    description:
      "PORTFOLIO_MANAGER or ADMIN. Sends, now, the reminders that are due to the leads of stale projects; returns how many were sent. With `projectId`, only the reminder to that project's lead (0 where none is due: the project is not stale, has no lead, or its lead was reminded within the period). Refused with FORBIDDEN where no SMTP server is configured.",
  })
  sendStatusReminders(
    @Args('projectId', { type: () => ID, nullable: true }) projectId?: string | null,
  ): Promise<number> {
    return this.reminders.sendDue(projectId ?? null);
  }
}
