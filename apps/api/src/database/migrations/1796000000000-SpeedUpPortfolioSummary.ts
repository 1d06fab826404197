import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the dashboard needs to stay fast on large portfolios:
 * - the open milestones by due date (forecast, else planned), so that counting those overdue and due
 *   soon reads them alone instead of every milestone. An expression index, which the entity declares
 *   with synchronize: false, as TypeORM cannot describe it;
 * - project_is_stale declared STABLE, as its body is (timestamptz arithmetic depends on the time zone):
 *   PostgreSQL inlines only functions declared no less volatile than their bodies, and a call per
 *   project through the SQL function executor cost more than the rest of the dashboard's query.
 */
export class SpeedUpPortfolioSummary1796000000000 implements MigrationInterface {
  name = 'SpeedUpPortfolioSummary1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_milestone_open_due" ON "milestone" ((COALESCE("forecast_date", "planned_date"))) WHERE "completed_date" IS NULL',
    );
    await queryRunner.query(
      'ALTER FUNCTION project_is_stale(text, timestamptz, timestamptz, integer, timestamptz) STABLE',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER FUNCTION project_is_stale(text, timestamptz, timestamptz, integer, timestamptz) IMMUTABLE',
    );
    await queryRunner.query('DROP INDEX "ix_milestone_open_due"');
  }
}
