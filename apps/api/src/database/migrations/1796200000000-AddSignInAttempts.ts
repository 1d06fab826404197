import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in throttle's counters, one row per email and per client address: counted and checked
 * in one statement, so that concurrent attempts, batches and several instances cannot exceed the limit.
 */
export class AddSignInAttempts1796200000000 implements MigrationInterface {
  name = 'AddSignInAttempts1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sign_in_attempt" ("scope" text NOT NULL, "key" text NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "admitted_attempt" uuid NOT NULL, CONSTRAINT "pk_sign_in_attempt" PRIMARY KEY ("scope", "key"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sign_in_attempt"');
  }
}
