import { MigrationInterface, QueryRunner } from 'typeorm';

/** The person who commissioned a project (Auftraggeber). */
export class AddProjectSponsor1796300000000 implements MigrationInterface {
  name = 'AddProjectSponsor1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "project" ADD "sponsor_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "fk_project_sponsor" FOREIGN KEY ("sponsor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "fk_project_sponsor"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "sponsor_id"');
  }
}
