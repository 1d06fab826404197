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
  groups: { fieldId: string | null; health: Health; phase: ProjectPhase; n: number; stale: number }[] | null;
  fields: FieldOfAction[] | null;
  budget_planned: string;
  budget_spent: string;
  milestones_overdue: number;
  milestones_due_soon: number;
}

/**
 * The dashboard's figures, computed by PostgreSQL in one statement over the projects that the filter
 * selects. The projects are read once and counted by (field, health, phase), which gives every count,
 * with the budget totals as the grand total of the same grouping; the milestone counts read only open
 * milestones due within the next 14 days (the partial index ix_milestone_open_due), by the rules of
 * milestone_state.
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
    // Without a filter every project counts, and the milestones need no join to find theirs.
    const ofProjects = where === 'TRUE' ? '' : `AND m.project_id IN (SELECT p.id FROM project p WHERE ${where})`;
    const [row]: SummaryRow[] = await this.dataSource.query(
      `WITH g AS (
              SELECT p.field_id, p.health, p.phase, count(*)::int AS n,
                     (count(*) FILTER (WHERE project_is_stale(p.phase, p.last_status_at, p.created_at, ${staleDays}, ${nowParam})))::int AS stale,
                     sum(p.budget_planned) AS planned, sum(p.budget_spent) AS spent, GROUPING(p.field_id) AS overall
                FROM project p WHERE ${where}
               GROUP BY GROUPING SETS ((p.field_id, p.health, p.phase), ())),
            m AS (SELECT (count(*) FILTER (WHERE due < ${today}::date))::int AS overdue,
                         (count(*) FILTER (WHERE due >= ${today}::date))::int AS due_soon
                    FROM (SELECT COALESCE(m.forecast_date, m.planned_date) AS due FROM milestone m
                           WHERE m.completed_date IS NULL AND COALESCE(m.forecast_date, m.planned_date) <= ${today}::date + 14
                           ${ofProjects}) due)
       SELECT (SELECT json_agg(json_build_object('fieldId', field_id, 'health', health, 'phase', phase, 'n', n, 'stale', stale))
                 FROM g WHERE overall = 0) AS groups,
              (SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'description', f.description, 'strategyId', f.strategy_id) ORDER BY f.name)
                 FROM field_of_action f WHERE f.id IN (SELECT field_id FROM g WHERE overall = 0)) AS fields,
              (SELECT COALESCE(planned, 0)::numeric(15,2)::text FROM g WHERE overall = 1) AS budget_planned,
              (SELECT COALESCE(spent, 0)::numeric(15,2)::text FROM g WHERE overall = 1) AS budget_spent,
              m.overdue AS milestones_overdue, m.due_soon AS milestones_due_soon
         FROM m`,
      sql.values,
    );
    const groups = row.groups ?? [];
    const count = (keep: (group: (typeof groups)[number]) => boolean) =>
      groups.reduce((sum, group) => (keep(group) ? sum + group.n : sum), 0);
    const healthCounts = (fieldId?: string) =>
      Object.values(Health).map((health) => ({
        health,
        count: count((group) => group.health === health && (fieldId === undefined || group.fieldId === fieldId)),
      }));
    const byField = (row.fields ?? []).map((field) => {
      const byHealth = healthCounts(field.id);
      return { field, projectCount: byHealth.reduce((sum, item) => sum + item.count, 0), byHealth };
    });
    return {
      projectCount: count(() => true),
      byHealth: healthCounts(),
      byPhase: Object.values(ProjectPhase).map((phase) => ({ phase, count: count((group) => group.phase === phase) })),
      byField,
      budgetPlanned: row.budget_planned,
      budgetSpent: row.budget_spent,
      milestonesOverdue: row.milestones_overdue,
      milestonesDueSoon: row.milestones_due_soon,
      staleProjects: groups.reduce((sum, group) => sum + group.stale, 0),
    };
  }
}
