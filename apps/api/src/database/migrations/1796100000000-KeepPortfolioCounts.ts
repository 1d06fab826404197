import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard of a whole portfolio without reading every project:
 *
 * - `portfolio_count` holds the number of projects and their budget totals per (field of action,
 *   health, phase). Triggers on `project` keep it in the same transaction as every insert, update,
 *   delete and truncate, whoever writes: it is never behind the projects it counts. Each statement
 *   applies its changes as one upsert of the summed differences, in key order (so two writers lock
 *   the rows they share in the same order), and leaves the rows alone when a statement changes none
 *   of the counted columns.
 * - `open_milestone_count` holds the number of open milestones per due date (forecast, else planned),
 *   kept the same way by triggers on `milestone`: overdue and due soon are then sums over the days
 *   before and after today, which stay right as the days pass.
 * - The stale projects are counted when asked, from an index that holds all the rule of
 *   project_is_stale needs (`ix_project_stale`, an index-only scan); under a filter, the open
 *   milestones of the selected projects come from `ix_milestone_open_due`, now with the columns
 *   that it is computed from.
 */
export class KeepPortfolioCounts1796100000000 implements MigrationInterface {
  name = 'KeepPortfolioCounts1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "portfolio_count" ("field_id" uuid, "health" text NOT NULL, "phase" text NOT NULL,
        "projects" integer NOT NULL, "budget_planned" numeric NOT NULL, "budget_spent" numeric NOT NULL)`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_portfolio_count" ON "portfolio_count" ("field_id", "health", "phase") NULLS NOT DISTINCT',
    );
    await queryRunner.query(
      `CREATE FUNCTION portfolio_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added text := 'SELECT field_id, health, phase, 1 AS n, COALESCE(budget_planned, 0) AS planned, COALESCE(budget_spent, 0) AS spent FROM new_rows';
        removed text := 'SELECT field_id, health, phase, -1 AS n, -COALESCE(budget_planned, 0) AS planned, -COALESCE(budget_spent, 0) AS spent FROM old_rows';
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM portfolio_count;
          RETURN NULL;
        END IF;
        -- Each event has only its own transition tables: the statement names those it has.
        EXECUTE format(
          'INSERT INTO portfolio_count AS c (field_id, health, phase, projects, budget_planned, budget_spent)
           SELECT field_id, health, phase, sum(n), sum(planned), sum(spent) FROM (%s) AS change
            GROUP BY field_id, health, phase
           HAVING sum(n) <> 0 OR sum(planned) <> 0 OR sum(spent) <> 0
            ORDER BY field_id, health, phase
           ON CONFLICT (field_id, health, phase) DO UPDATE
              SET projects = c.projects + EXCLUDED.projects,
                  budget_planned = c.budget_planned + EXCLUDED.budget_planned,
                  budget_spent = c.budget_spent + EXCLUDED.budget_spent',
          CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
        RETURN NULL;
      END $$`,
    );
    await createCountTriggers(queryRunner, 'project', 'portfolio_count');
    await queryRunner.query(
      `INSERT INTO portfolio_count (field_id, health, phase, projects, budget_planned, budget_spent)
       SELECT field_id, health, phase, count(*), COALESCE(sum(budget_planned), 0), COALESCE(sum(budget_spent), 0)
         FROM project GROUP BY field_id, health, phase`,
    );

    await queryRunner.query(
      'CREATE TABLE "open_milestone_count" ("due" date NOT NULL, "milestones" integer NOT NULL, CONSTRAINT "pk_open_milestone_count" PRIMARY KEY ("due"))',
    );
    await queryRunner.query(
      `CREATE FUNCTION open_milestone_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added text := 'SELECT COALESCE(forecast_date, planned_date) AS due, 1 AS n FROM new_rows WHERE completed_date IS NULL';
        removed text := 'SELECT COALESCE(forecast_date, planned_date) AS due, -1 AS n FROM old_rows WHERE completed_date IS NULL';
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM open_milestone_count;
          RETURN NULL;
        END IF;
        EXECUTE format(
          'INSERT INTO open_milestone_count AS c (due, milestones)
           SELECT due, sum(n) FROM (%s) AS change GROUP BY due HAVING sum(n) <> 0 ORDER BY due
           ON CONFLICT (due) DO UPDATE SET milestones = c.milestones + EXCLUDED.milestones',
          CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
        RETURN NULL;
      END $$`,
    );
    await createCountTriggers(queryRunner, 'milestone', 'open_milestone_count');
    await queryRunner.query(
      `INSERT INTO open_milestone_count (due, milestones)
       SELECT COALESCE(forecast_date, planned_date), count(*) FROM milestone WHERE completed_date IS NULL GROUP BY 1`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_stale" ON "project" ((COALESCE("last_status_at", "created_at")))
       INCLUDE ("last_status_at", "created_at") WHERE "phase" IN ('PLANNED', 'IN_PROGRESS')`,
    );
    await queryRunner.query('DROP INDEX "ix_milestone_open_due"');
    await queryRunner.query(
      `CREATE INDEX "ix_milestone_open_due" ON "milestone" ((COALESCE("forecast_date", "planned_date")))
       INCLUDE ("forecast_date", "planned_date", "project_id") WHERE "completed_date" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_milestone_open_due"');
    await queryRunner.query(
      'CREATE INDEX "ix_milestone_open_due" ON "milestone" ((COALESCE("forecast_date", "planned_date"))) WHERE "completed_date" IS NULL',
    );
    await queryRunner.query('DROP INDEX "ix_project_stale"');
    for (const [table, counts] of [
      ['milestone', 'open_milestone_count'],
      ['project', 'portfolio_count'],
    ]) {
      for (const event of EVENTS) await queryRunner.query(`DROP TRIGGER ${counts}_${event} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${counts}_apply()`);
      await queryRunner.query(`DROP TABLE "${counts}"`);
    }
  }
}

const EVENTS = ['insert', 'update', 'delete', 'truncate'];

/**
 * The triggers that run `<counts>_apply()` after every statement that changes `table`. A trigger
 * with transition tables serves one event, so there is one per event, each naming the tables it has.
 */
async function createCountTriggers(queryRunner: QueryRunner, table: string, counts: string): Promise<void> {
  const transitions: Record<string, string> = {
    insert: 'REFERENCING NEW TABLE AS new_rows',
    update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'REFERENCING OLD TABLE AS old_rows',
    truncate: '',
  };
  for (const event of EVENTS) {
    await queryRunner.query(
      `CREATE TRIGGER ${counts}_${event} AFTER ${event.toUpperCase()} ON ${table} ${transitions[event]}
       FOR EACH STATEMENT EXECUTE FUNCTION ${counts}_apply()`,
    );
  }
}
