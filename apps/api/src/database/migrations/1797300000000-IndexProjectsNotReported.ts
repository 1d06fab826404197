import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portfolio summary counts the projects that were never reported on (`notReported`): the partial
 * index holds only the active ones without a report, few in a portfolio in use, so that the count of
 * the whole portfolio reads no project.
 */
export class IndexProjectsNotReported1797300000000 implements MigrationInterface {
  name = 'IndexProjectsNotReported1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_project_not_reported" ON "project" ("id") WHERE "last_status_at" IS NULL AND "archived_at" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_project_not_reported"');
  }
}
