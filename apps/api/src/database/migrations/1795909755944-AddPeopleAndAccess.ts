import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPeopleAndAccess1795909755944 implements MigrationInterface {
  name = 'AddPeopleAndAccess1795909755944';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_department" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_department_code" ON "department"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "department_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" text, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_person_role" CHECK ("role" IN (\'ADMIN\', \'PORTFOLIO_MANAGER\', \'PROJECT_LEAD\', \'VIEWER\')), CONSTRAINT "pk_person" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_person_department" ON "person"  ("department_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_person_email" ON "person"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "person_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_api_token" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_api_token_person" ON "api_token"  ("person_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "security_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "actor_id" uuid, "subject_id" uuid, "email" text, "ip_address" text, "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "pk_security_event" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_security_event_email_kind_at" ON "security_event"  ("email", "kind", "at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_security_event_at" ON "security_event"  ("at") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_session" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_session_person" ON "session"  ("person_id") ');
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "fk_person_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "fk_api_token_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "fk_api_token_created_by" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "fk_session_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "fk_session_person"');
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "fk_api_token_created_by"');
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "fk_api_token_person"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "fk_person_department"');
    await queryRunner.query('DROP INDEX "public"."ix_session_person"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."ix_security_event_at"');
    await queryRunner.query('DROP INDEX "public"."ix_security_event_email_kind_at"');
    await queryRunner.query('DROP TABLE "security_event"');
    await queryRunner.query('DROP INDEX "public"."uq_api_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_api_token_person"');
    await queryRunner.query('DROP TABLE "api_token"');
    await queryRunner.query('DROP INDEX "public"."uq_person_email"');
    await queryRunner.query('DROP INDEX "public"."ix_person_department"');
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('DROP INDEX "public"."uq_department_code"');
    await queryRunner.query('DROP TABLE "department"');
  }
}
