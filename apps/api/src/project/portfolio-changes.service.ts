import { Health } from '@leitstand/shared-domain';
import { Field, GraphQLISODateTime, HideField, Int, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { pastInstant } from '../common/as-of';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BadUserInputError } from '../common/errors';
import { DateScalar } from '../graphql/scalars';
import { Milestone } from '../milestone/milestone.entity';
import { Risk } from '../risk/risk.entity';
import { ProjectFilter } from './dto/project.input';
import { Project } from './project.entity';
import { ProjectRepository } from './project.repository';

@ObjectType()
export class HealthChange {
  @HideField()
  projectId!: string;
  @Field(() => Project)
  project?: Project;
  @Field(() => Health, { nullable: true })
  from!: Health | null;
  @Field(() => Health)
  to!: Health;
  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType()
export class MilestoneSlip {
  @HideField()
  milestoneId!: string;
  @Field(() => Milestone)
  milestone?: Milestone;
  @Field(() => DateScalar, { nullable: true, description: 'Due date (forecast, else planned) at `from`.' })
  dueBefore!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Due date (forecast, else planned) at `to`.' })
  dueAfter!: string | null;
  @Field(() => Int, { description: 'dueAfter − dueBefore in days; positive is later.' })
  days!: number;
}

/** What changed between two instants; the records it names are answered as they stood at `to`. */
@ObjectType()
export class PortfolioChanges {
  @Field(() => GraphQLISODateTime)
  from!: Date;
  @Field(() => GraphQLISODateTime)
  to!: Date;
  @HideField()
  ids!: {
    created: string[];
    completed: string[];
    cancelled: string[];
    milestonesCompleted: string[];
    risksOpened: string[];
  };
  @Field(() => [Project])
  projectsCreated?: Project[];
  @Field(() => [Project], { description: 'Projects whose phase became COMPLETED in the interval.' })
  projectsCompleted?: Project[];
  @Field(() => [Project], { description: 'Projects whose phase became CANCELLED in the interval.' })
  projectsCancelled?: Project[];
  @Field(() => [HealthChange])
  healthChanges!: HealthChange[];
  @Field(() => [Milestone])
  milestonesCompleted?: Milestone[];
  @Field(() => [MilestoneSlip], { description: 'Milestones whose due date moved in the interval, largest slip first.' })
  milestonesSlipped!: MilestoneSlip[];
  @Field(() => [Risk])
  risksOpened?: Risk[];
  @Field(() => Int)
  statusUpdatesPosted!: number;
}

/** What changed in the portfolio between two instants, from the recorded history (the board's "since the last meeting"). */
@Injectable()
export class PortfolioChangesService {
  constructor(
    private readonly projects: ProjectRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The changes after `from` up to and including `to` (now where left out); both must be past
   * instants, `from` before `to`.
   */
  async between(
    fromArg: Date,
    toArg: Date | null | undefined,
    filter: ProjectFilter | null | undefined,
  ): Promise<PortfolioChanges> {
    const now = new Date();
    const from = pastInstant(fromArg, 'from', now)!;
    const to = pastInstant(toArg, 'to', now) ?? now;
    if (from.getTime() >= to.getTime())
      throw BadUserInputError.field('from', 'AFTER', 'must be before `to`', { other: 'to' });
    const row = await this.projects.changes(filter, from, to, todayIn(this.config.timeZone, to));
    return {
      from,
      to,
      ids: {
        created: row.created,
        completed: row.completed,
        cancelled: row.cancelled,
        milestonesCompleted: row.milestonesCompleted,
        risksOpened: row.risksOpened,
      },
      healthChanges: row.health.map((change) => ({ ...change, at: new Date(change.at) })),
      milestonesSlipped: row.slipped,
      statusUpdatesPosted: row.reports,
    };
  }
}
