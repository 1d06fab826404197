import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks with their outbox of deliveries, the reminder mails, and the language a person is
 * written to in. The two partial indexes hold only what is still to send, so that the dispatchers'
 * polls stay small however long the logs grow.
 */
export class AddWebhooksAndReminders1797100000000 implements MigrationInterface {
  name = 'AddWebhooksAndReminders1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "project_id" uuid, "recipient_id" uuid NOT NULL, "recipient_email" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_reminder" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_reminder_recipient" ON "reminder"  ("recipient_id", "kind", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_reminder_project" ON "reminder"  ("project_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "description" text, "events" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "webhook_id" uuid NOT NULL, "event" text NOT NULL, "project_id" uuid, "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "attempts" integer NOT NULL DEFAULT \'0\', "last_status" integer, "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "delivered_at" TIMESTAMP WITH TIME ZONE, "failed" boolean NOT NULL DEFAULT false, CONSTRAINT "pk_webhook_delivery" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_delivery_webhook" ON "webhook_delivery"  ("webhook_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_delivery_pending" ON "webhook_delivery" ("webhook_id", "project_id", "seq") WHERE "delivered_at" IS NULL AND NOT "failed"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_reminder_unsent" ON "reminder" ("next_attempt_at") WHERE "sent_at" IS NULL',
    );
    await queryRunner.query('ALTER TABLE "person" ADD "language" text NOT NULL DEFAULT \'DE\'');
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "ck_person_language" CHECK ("language" IN (\'DE\', \'EN\'))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "ck_person_language"');
    await queryRunner.query('ALTER TABLE "person" DROP COLUMN "language"');
    await queryRunner.query('DROP INDEX "ix_reminder_unsent"');
    await queryRunner.query('DROP INDEX "ix_webhook_delivery_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_delivery_webhook"');
    await queryRunner.query('DROP TABLE "webhook_delivery"');
    await queryRunner.query('DROP TABLE "webhook"');
    await queryRunner.query('DROP INDEX "public"."ix_reminder_project"');
    await queryRunner.query('DROP INDEX "public"."ix_reminder_recipient"');
    await queryRunner.query('DROP TABLE "reminder"');
  }
}
