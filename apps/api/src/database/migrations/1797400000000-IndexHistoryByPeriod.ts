import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['project', 'milestone', 'risk', 'kpi', 'kpi_measurement', 'project_member', 'project_dependency'];

/**
 * The versions of a history table that were valid at an instant are found through a GiST index on
 * their period, `tstzrange(valid_from, valid_to) @> t` (the same `valid_from <= t < valid_to`): the
 * B-tree on (valid_to, valid_from) it replaces could bound only one end, so that a read as of 90 days
 * ago went through every version that ended since. The planner estimates the range condition from
 * the index's statistics and scans the index instead of the table.
 *
 * The project list as of an instant, in its default order, walks the versions by code and checks
 * each one's period in the index, so that its first page reads only the versions on it.
 */
export class IndexHistoryByPeriod1797400000000 implements MigrationInterface {
  name = 'IndexHistoryByPeriod1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP INDEX "ix_${table}_history_valid"`);
      await queryRunner.query(
        `CREATE INDEX "ix_${table}_history_period" ON "${table}_history" USING gist (tstzrange("valid_from", "valid_to"))`,
      );
    }
    await queryRunner.query('CREATE INDEX "ix_project_history_code" ON "project_history" ("code", "id")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_project_history_code"');
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP INDEX "ix_${table}_history_period"`);
      await queryRunner.query(
        `CREATE INDEX "ix_${table}_history_valid" ON "${table}_history" ("valid_to", "valid_from")`,
      );
    }
  }
}
