import { MigrationInterface, QueryRunner } from 'typeorm';

/** The counting function of KeepPortfolioCounts, counting the projects that `rows` selects of each transition table. */
function portfolioCountApply(rows: string): string {
  return `CREATE OR REPLACE FUNCTION portfolio_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        added text := 'SELECT field_id, health, phase, 1 AS n, COALESCE(budget_planned, 0) AS planned, COALESCE(budget_spent, 0) AS spent FROM new_rows${rows}';
        removed text := 'SELECT field_id, health, phase, -1 AS n, -COALESCE(budget_planned, 0) AS planned, -COALESCE(budget_spent, 0) AS spent FROM old_rows${rows}';
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
      END $$`;
}

async function recount(queryRunner: QueryRunner, rows: string): Promise<void> {
  await queryRunner.query('DELETE FROM portfolio_count');
  await queryRunner.query(
    `INSERT INTO portfolio_count (field_id, health, phase, projects, budget_planned, budget_spent)
     SELECT field_id, health, phase, count(*), COALESCE(sum(budget_planned), 0), COALESCE(sum(budget_spent), 0)
       FROM project${rows} GROUP BY field_id, health, phase`,
  );
}

async function staleIndex(queryRunner: QueryRunner, condition: string): Promise<void> {
  await queryRunner.query('DROP INDEX "ix_project_stale"');
  await queryRunner.query(
    `CREATE INDEX "ix_project_stale" ON "project" ((COALESCE("last_status_at", "created_at")))
     INCLUDE ("last_status_at", "created_at") WHERE ${condition}`,
  );
}

const ACTIVE = `"phase" IN ('PLANNED', 'IN_PROGRESS')`;

/**
 * Archiving and explicit re-baselining:
 *
 * - `project.archived_at`: an archived project leaves the lists, totals and roadmap, and nothing of
 *   it is deleted. The counts of the whole portfolio (`portfolio_count`) now count the projects that
 *   are not archived, so that archiving moves a project out of them in the same transaction; the
 *   open milestones of the few archived projects are taken off `open_milestone_count` when read
 *   (the partial index ix_project_archived). The stale projects' index covers only those that are
 *   not archived.
 * - `milestone_rebaseline`: every move of a milestone's baseline with who, when and the reason.
 */
export class ArchiveProjectsAndKeepRebaselines1797000000000 implements MigrationInterface {
  name = 'ArchiveProjectsAndKeepRebaselines1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "milestone_rebaseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "by_id" uuid, "from_date" date NOT NULL, "to_date" date NOT NULL,
        "reason" text NOT NULL, CONSTRAINT "pk_milestone_rebaseline" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "ix_milestone_rebaseline_by" ON "milestone_rebaseline" ("by_id")');
    await queryRunner.query(
      'CREATE INDEX "ix_milestone_rebaseline_milestone" ON "milestone_rebaseline" ("milestone_id", "at")',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone_rebaseline" ADD CONSTRAINT "fk_milestone_rebaseline_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestone"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone_rebaseline" ADD CONSTRAINT "fk_milestone_rebaseline_by" FOREIGN KEY ("by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );

    await queryRunner.query('ALTER TABLE "project" ADD "archived_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('CREATE INDEX "ix_project_archived" ON "project" ("id") WHERE "archived_at" IS NOT NULL');
    await queryRunner.query(portfolioCountApply(' WHERE archived_at IS NULL'));
    await recount(queryRunner, ' WHERE archived_at IS NULL');
    await staleIndex(queryRunner, `${ACTIVE} AND "archived_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await staleIndex(queryRunner, ACTIVE);
    await queryRunner.query(portfolioCountApply(''));
    await queryRunner.query('DROP INDEX "ix_project_archived"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "archived_at"');
    await recount(queryRunner, '');
    await queryRunner.query('DROP TABLE "milestone_rebaseline"');
  }
}
