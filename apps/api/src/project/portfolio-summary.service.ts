import { Health, ProjectPhase } from '@leitstand/shared-domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DecimalScalar } from '../graphql/scalars';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { ProjectFilter } from './dto/project.input';
import { ProjectRepository } from './project.repository';

@ObjectType()
export class HealthCount {
  @Field(() => Health)
  health!: Health;
  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PhaseCount {
  @Field(() => ProjectPhase)
  phase!: ProjectPhase;
  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class FieldSummary {
  @Field(() => FieldOfAction)
  field!: FieldOfAction;
  @Field(() => Int)
  projectCount!: number;
  @Field(() => [HealthCount])
  byHealth!: HealthCount[];
  @Field(() => Int, {
    description:
      "The field's projects without any status update by then, counted in byHealth under their default health. " +
      'An addition to the contract, as PortfolioSummary.notReported.',
  })
  notReported!: number;
}

@ObjectType()
export class PortfolioSummary {
  @Field(() => Int)
  projectCount!: number;
  @Field(() => [HealthCount], { description: 'Every Health value, zero counts included.' })
  byHealth!: HealthCount[];
  @Field(() => [PhaseCount], { description: 'Every ProjectPhase value, zero counts included.' })
  byPhase!: PhaseCount[];
  @Field(() => [FieldSummary])
  byField!: FieldSummary[];
  @Field(() => DecimalScalar)
  budgetPlanned!: string;
  @Field(() => DecimalScalar)
  budgetSpent!: string;
  @Field(() => Int)
  milestonesOverdue!: number;
  @Field(() => Int)
  milestonesDueSoon!: number;
  @Field(() => Int, {
    description: 'Projects in phase PLANNED or IN_PROGRESS with no status update in the last 30 days.',
  })
  staleProjects!: number;
  @Field(() => Int, {
    description:
      'Projects without any status update by then; they are counted in byHealth under their default health ' +
      '(ON_TRACK). An addition to the contract, so that a chart can show them as not reported yet.',
  })
  notReported!: number;
}

/**
 * The dashboard's figures, computed by PostgreSQL in one statement over the projects that the filter
 * selects. For the whole portfolio, the counts by (field, health, phase), the budget totals and the
 * open milestones per due date come from `portfolio_count` and `open_milestone_count`, which
 * triggers keep in the transaction of every write to a project or milestone; under a filter, from
 * the selected projects and their open milestones (the partial index ix_milestone_open_due). The
 * stale projects are counted when asked (the partial index ix_project_stale), and so are those
 * without any report (ix_project_not_reported; as of a past instant, the reports posted by then).
 * Overdue and due soon follow the rules of milestone_state: due before today, and due from today to
 * today + 14.
 */
@Injectable()
export class PortfolioSummaryService {
  constructor(
    private readonly projects: ProjectRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The figures now, or as they stood at `asOf` (from the history). */
  async summarise(filter: ProjectFilter | null | undefined, asOf: AsOf = null): Promise<PortfolioSummary> {
    const now = asOf ?? new Date();
    const row = await this.projects.summary(filter, now, todayIn(this.config.timeZone, now), asOf);
    const healths = Object.values(Health);
    const phases = Object.values(ProjectPhase);
    const healthCounts = (counts: number[]) => healths.map((health, i) => ({ health, count: counts[i] }));
    const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
    return {
      projectCount: total(row.by_health),
      byHealth: healthCounts(row.by_health),
      byPhase: phases.map((phase, i) => ({ phase, count: row.by_phase[i] })),
      byField: (row.fields ?? []).map(({ byHealth: counts, notReported, ...field }) => ({
        field,
        projectCount: total(counts),
        byHealth: healthCounts(counts),
        notReported,
      })),
      budgetPlanned: row.budget_planned,
      budgetSpent: row.budget_spent,
      milestonesOverdue: row.milestones_overdue,
      milestonesDueSoon: row.milestones_due_soon,
      staleProjects: row.stale_projects,
      notReported: row.not_reported,
    };
  }
}
