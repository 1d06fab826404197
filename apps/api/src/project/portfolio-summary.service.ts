import { Health, ProjectPhase, STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DecimalScalar } from '../graphql/scalars';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { ProjectFilter } from './dto/project.input';
import { projectWhere } from './project-query';

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
}

interface SummaryRow {
  /** Projects per Health value, in the order of the enum. */
  by_health: number[];
  /** Projects per ProjectPhase value, in the order of the enum. */
  by_phase: number[];
  /** The fields of action that have projects, by name, each with its projects per Health value. */
  fields: (FieldOfAction & { byHealth: number[] })[] | null;
  budget_planned: string;
  budget_spent: string;
  stale_projects: number;
  milestones_overdue: number;
  milestones_due_soon: number;
}

/**
 * The dashboard's figures, computed by PostgreSQL in one statement over the projects that the filter
 * selects. For the whole portfolio, the counts by (field, health, phase), the budget totals and the
 * open milestones per due date come from `portfolio_count` and `open_milestone_count`, which
 * triggers keep in the transaction of every write to a project or milestone; under a filter, from
 * the selected projects and their open milestones (the partial index ix_milestone_open_due). The
 * stale projects are counted when asked (the partial index ix_project_stale). Overdue and due soon
 * follow the rules of milestone_state: due before today, and due from today to today + 14.
 */
@Injectable()
export class PortfolioSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async summarise(filter: ProjectFilter | null | undefined): Promise<PortfolioSummary> {
    const sql = new SqlParams();
    const now = new Date();
    const where = projectWhere(filter, sql, now);
    const today = sql.param(todayIn(this.config.timeZone, now));
    const staleDays = sql.param(STALE_AFTER_DAYS);
    const nowParam = sql.param(now);
    const whole = where === 'TRUE';
    const counted = whole
      ? `SELECT field_id, health, phase, projects AS n, budget_planned AS planned, budget_spent AS spent
           FROM portfolio_count WHERE projects > 0`
      : `SELECT p.field_id, p.health, p.phase, count(*)::int AS n, sum(p.budget_planned) AS planned, sum(p.budget_spent) AS spent
           FROM project p WHERE ${where} GROUP BY p.field_id, p.health, p.phase`;
    const due = whole
      ? `SELECT due, milestones AS n FROM open_milestone_count WHERE due <= ${today}::date + 14`
      : `SELECT COALESCE(m.forecast_date, m.planned_date) AS due, 1 AS n FROM milestone m
          WHERE m.completed_date IS NULL AND COALESCE(m.forecast_date, m.planned_date) <= ${today}::date + 14
            AND m.project_id IN (SELECT p.id FROM project p WHERE ${where})`;
    // Counts per enum value, in the enum's order: one array per breakdown, made where the rows are.
    const countsBy = (column: string, values: readonly string[]) =>
      `ARRAY[${values.map((value) => `COALESCE(sum(n) FILTER (WHERE ${column} = ${sql.param(value)}), 0)`).join(', ')}]::int[]`;
    const healths = Object.values(Health);
    const phases = Object.values(ProjectPhase);
    const byHealth = countsBy('health', healths);
    const [row]: SummaryRow[] = await this.dataSource.query(
      `WITH g AS (${counted}),
            m AS (SELECT COALESCE(sum(n) FILTER (WHERE due < ${today}::date), 0)::int AS overdue,
                         COALESCE(sum(n) FILTER (WHERE due >= ${today}::date), 0)::int AS due_soon
                    FROM (${due}) due),
            t AS (SELECT ${byHealth} AS by_health, ${countsBy('phase', phases)} AS by_phase,
                         round(COALESCE(sum(planned), 0), 2)::text AS budget_planned,
                         round(COALESCE(sum(spent), 0), 2)::text AS budget_spent
                    FROM g),
            f AS (SELECT field_id, ${byHealth} AS by_health FROM g WHERE field_id IS NOT NULL GROUP BY field_id)
       SELECT t.by_health, t.by_phase, t.budget_planned, t.budget_spent,
              (SELECT json_agg(json_build_object('id', fa.id, 'name', fa.name, 'description', fa.description,
                                                 'strategyId', fa.strategy_id, 'byHealth', f.by_health) ORDER BY fa.name)
                 FROM f JOIN field_of_action fa ON fa.id = f.field_id) AS fields,
              (SELECT count(*)::int FROM project p
                WHERE ${where} AND project_is_stale(p.phase, p.last_status_at, p.created_at, ${staleDays}, ${nowParam})) AS stale_projects,
              m.overdue AS milestones_overdue, m.due_soon AS milestones_due_soon
         FROM t, m`,
      sql.values,
    );
    const healthCounts = (counts: number[]) => healths.map((health, i) => ({ health, count: counts[i] }));
    const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
    return {
      projectCount: total(row.by_health),
      byHealth: healthCounts(row.by_health),
      byPhase: phases.map((phase, i) => ({ phase, count: row.by_phase[i] })),
      byField: (row.fields ?? []).map(({ byHealth: counts, ...field }) => ({
        field,
        projectCount: total(counts),
        byHealth: healthCounts(counts),
      })),
      budgetPlanned: row.budget_planned,
      budgetSpent: row.budget_spent,
      milestonesOverdue: row.milestones_overdue,
      milestonesDueSoon: row.milestones_due_soon,
      staleProjects: row.stale_projects,
    };
  }
}
