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
  project_count: number;
  by_health: Record<string, number> | null;
  by_phase: Record<string, number> | null;
  by_field: { field: FieldOfAction; byHealth: Record<string, number> }[] | null;
  budget_planned: string;
  budget_spent: string;
  milestones_overdue: number;
  milestones_due_soon: number;
  stale_projects: number;
}

/** The dashboard's figures, computed by PostgreSQL in one statement over the projects that the filter selects. */
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
    const [row]: SummaryRow[] = await this.dataSource.query(
      `WITH p AS (SELECT * FROM project p WHERE ${where}),
            m AS (SELECT milestone_state(m.planned_date, m.forecast_date, m.completed_date, ${today}::date) AS state
                    FROM milestone m JOIN p ON p.id = m.project_id)
       SELECT (SELECT count(*)::int FROM p) AS project_count,
              (SELECT json_object_agg(health, n) FROM (SELECT health, count(*)::int AS n FROM p GROUP BY health) h) AS by_health,
              (SELECT json_object_agg(phase, n) FROM (SELECT phase, count(*)::int AS n FROM p GROUP BY phase) h) AS by_phase,
              (SELECT json_agg(json_build_object(
                        'field', json_build_object('id', f.id, 'name', f.name, 'description', f.description, 'strategyId', f.strategy_id),
                        'byHealth', (SELECT json_object_agg(health, n) FROM (SELECT health, count(*)::int AS n FROM p WHERE p.field_id = f.id GROUP BY health) fh))
                      ORDER BY f.name)
                 FROM field_of_action f WHERE EXISTS (SELECT 1 FROM p WHERE p.field_id = f.id)) AS by_field,
              (SELECT COALESCE(sum(budget_planned), 0)::numeric(15,2)::text FROM p) AS budget_planned,
              (SELECT COALESCE(sum(budget_spent), 0)::numeric(15,2)::text FROM p) AS budget_spent,
              (SELECT count(*)::int FROM m WHERE state = 'OVERDUE') AS milestones_overdue,
              (SELECT count(*)::int FROM m WHERE state = 'DUE_SOON') AS milestones_due_soon,
              (SELECT count(*)::int FROM p WHERE project_is_stale(p.phase, p.last_status_at, p.created_at, ${staleDays}, ${nowParam})) AS stale_projects`,
      sql.values,
    );
    const healthCounts = (counts: Record<string, number> | null) =>
      Object.values(Health).map((health) => ({ health, count: counts?.[health] ?? 0 }));
    const byField = (row.by_field ?? []).map((entry) => {
      const byHealth = healthCounts(entry.byHealth);
      return { field: entry.field, projectCount: byHealth.reduce((sum, item) => sum + item.count, 0), byHealth };
    });
    return {
      projectCount: row.project_count,
      byHealth: healthCounts(row.by_health),
      byPhase: Object.values(ProjectPhase).map((phase) => ({ phase, count: row.by_phase?.[phase] ?? 0 })),
      byField,
      budgetPlanned: row.budget_planned,
      budgetSpent: row.budget_spent,
      milestonesOverdue: row.milestones_overdue,
      milestonesDueSoon: row.milestones_due_soon,
      staleProjects: row.stale_projects,
    };
  }
}
