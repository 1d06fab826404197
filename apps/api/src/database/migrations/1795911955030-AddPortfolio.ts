import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPortfolio1795911955030 implements MigrationInterface {
  name = 'AddPortfolio1795911955030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "project_id" uuid, "changes" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id") ');
    await queryRunner.query('CREATE INDEX "ix_audit_event_project_at" ON "audit_event"  ("project_id", "at") ');
    await queryRunner.query(
      'CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_strategy" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_strategy_name" ON "strategy"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "field_of_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_field_of_action" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_field_of_action_strategy_name" ON "field_of_action"  ("strategy_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "title" text NOT NULL, "summary" text, "phase" text NOT NULL DEFAULT \'IDEA\', "health" text NOT NULL DEFAULT \'ON_TRACK\', "progress" integer NOT NULL DEFAULT \'0\', "tags" text array NOT NULL DEFAULT \'{}\', "field_id" uuid, "department_id" uuid, "lead_id" uuid, "start_date" date, "planned_end_date" date, "forecast_end_date" date, "actual_end_date" date, "budget_planned" numeric(15,2), "budget_spent" numeric(15,2), "last_status_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_project_budget" CHECK ("budget_planned" >= 0 AND "budget_spent" >= 0), CONSTRAINT "ck_project_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "ck_project_health" CHECK ("health" IN (\'ON_TRACK\', \'AT_RISK\', \'OFF_TRACK\')), CONSTRAINT "ck_project_phase" CHECK ("phase" IN (\'IDEA\', \'PLANNED\', \'IN_PROGRESS\', \'ON_HOLD\', \'COMPLETED\', \'CANCELLED\')), CONSTRAINT "pk_project" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_project_phase_health" ON "project"  ("phase", "health") ');
    await queryRunner.query('CREATE INDEX "ix_project_lead" ON "project"  ("lead_id") ');
    await queryRunner.query('CREATE INDEX "ix_project_department" ON "project"  ("department_id") ');
    await queryRunner.query('CREATE INDEX "ix_project_field" ON "project"  ("field_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_project_code" ON "project"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "kpi" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "baseline" double precision, "target" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_kpi" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_kpi_project" ON "kpi"  ("project_id") ');
    await queryRunner.query(
      'CREATE TABLE "kpi_measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kpi_id" uuid NOT NULL, "date" date NOT NULL, "value" double precision NOT NULL, "note" text, CONSTRAINT "pk_kpi_measurement" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_kpi_measurement_kpi_date" ON "kpi_measurement"  ("kpi_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "planned_date" date NOT NULL, "forecast_date" date, "completed_date" date, "owner_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_milestone" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_milestone_owner" ON "milestone"  ("owner_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_milestone_project_planned" ON "milestone"  ("project_id", "planned_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_dependency" ("project_id" uuid NOT NULL, "depends_on_id" uuid NOT NULL, CONSTRAINT "ck_project_dependency_not_self" CHECK ("project_id" <> "depends_on_id"), CONSTRAINT "pk_project_dependency" PRIMARY KEY ("project_id", "depends_on_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_project_dependency_depends_on" ON "project_dependency"  ("depends_on_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_member" ("project_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "pk_project_member" PRIMARY KEY ("project_id", "person_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_project_member_person" ON "project_member"  ("person_id") ');
    await queryRunner.query(
      'CREATE TABLE "risk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "probability" text NOT NULL, "impact" text NOT NULL, "status" text NOT NULL DEFAULT \'OPEN\', "mitigation" text, "owner_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_risk_status" CHECK ("status" IN (\'OPEN\', \'MITIGATED\', \'CLOSED\')), CONSTRAINT "ck_risk_impact" CHECK ("impact" IN (\'LOW\', \'MEDIUM\', \'HIGH\')), CONSTRAINT "ck_risk_probability" CHECK ("probability" IN (\'LOW\', \'MEDIUM\', \'HIGH\')), CONSTRAINT "pk_risk" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_risk_owner" ON "risk"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_risk_project" ON "risk"  ("project_id") ');
    await queryRunner.query(
      'CREATE TABLE "status_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "author_id" uuid NOT NULL, "health" text NOT NULL, "phase" text NOT NULL, "progress" integer NOT NULL, "summary" text NOT NULL, "achievements" text, "next_steps" text, "blockers" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_status_update" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_status_update_project_created" ON "status_update"  ("project_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "field_of_action" ADD CONSTRAINT "fk_field_of_action_strategy" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "fk_project_field" FOREIGN KEY ("field_id") REFERENCES "field_of_action"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "fk_project_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "fk_project_lead" FOREIGN KEY ("lead_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi" ADD CONSTRAINT "fk_kpi_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_measurement" ADD CONSTRAINT "fk_kpi_measurement_kpi" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone" ADD CONSTRAINT "fk_milestone_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone" ADD CONSTRAINT "fk_milestone_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_dependency" ADD CONSTRAINT "fk_project_dependency_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_dependency" ADD CONSTRAINT "fk_project_dependency_depends_on" FOREIGN KEY ("depends_on_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_member" ADD CONSTRAINT "fk_project_member_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_member" ADD CONSTRAINT "fk_project_member_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "risk" ADD CONSTRAINT "fk_risk_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "risk" ADD CONSTRAINT "fk_risk_owner" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "status_update" ADD CONSTRAINT "fk_status_update_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "status_update" ADD CONSTRAINT "fk_status_update_author" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // State, slip and staleness are defined here, once, and used by every query that needs them.
    await queryRunner.query(
      `CREATE FUNCTION milestone_state(planned date, forecast date, completed date, today date) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT CASE
           WHEN completed IS NOT NULL THEN 'DONE'
           WHEN COALESCE(forecast, planned) < today THEN 'OVERDUE'
           WHEN COALESCE(forecast, planned) <= today + 14 THEN 'DUE_SOON'
           ELSE 'UPCOMING'
         END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION milestone_slip_days(planned date, forecast date, completed date) RETURNS integer
       LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT COALESCE(completed, forecast, planned) - planned $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION project_is_stale(phase text, last_status_at timestamptz, created_at timestamptz, days integer, now timestamptz) RETURNS boolean
       LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT phase IN ('PLANNED', 'IN_PROGRESS') AND COALESCE(last_status_at, created_at) < now - make_interval(days => days) $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION project_is_stale(text, timestamptz, timestamptz, integer, timestamptz)');
    await queryRunner.query('DROP FUNCTION milestone_slip_days(date, date, date)');
    await queryRunner.query('DROP FUNCTION milestone_state(date, date, date, date)');
    await queryRunner.query('ALTER TABLE "status_update" DROP CONSTRAINT "fk_status_update_author"');
    await queryRunner.query('ALTER TABLE "status_update" DROP CONSTRAINT "fk_status_update_project"');
    await queryRunner.query('ALTER TABLE "risk" DROP CONSTRAINT "fk_risk_owner"');
    await queryRunner.query('ALTER TABLE "risk" DROP CONSTRAINT "fk_risk_project"');
    await queryRunner.query('ALTER TABLE "project_member" DROP CONSTRAINT "fk_project_member_person"');
    await queryRunner.query('ALTER TABLE "project_member" DROP CONSTRAINT "fk_project_member_project"');
    await queryRunner.query('ALTER TABLE "project_dependency" DROP CONSTRAINT "fk_project_dependency_depends_on"');
    await queryRunner.query('ALTER TABLE "project_dependency" DROP CONSTRAINT "fk_project_dependency_project"');
    await queryRunner.query('ALTER TABLE "milestone" DROP CONSTRAINT "fk_milestone_owner"');
    await queryRunner.query('ALTER TABLE "milestone" DROP CONSTRAINT "fk_milestone_project"');
    await queryRunner.query('ALTER TABLE "kpi_measurement" DROP CONSTRAINT "fk_kpi_measurement_kpi"');
    await queryRunner.query('ALTER TABLE "kpi" DROP CONSTRAINT "fk_kpi_project"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "fk_project_lead"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "fk_project_department"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "fk_project_field"');
    await queryRunner.query('ALTER TABLE "field_of_action" DROP CONSTRAINT "fk_field_of_action_strategy"');
    await queryRunner.query('DROP INDEX "public"."ix_status_update_project_created"');
    await queryRunner.query('DROP TABLE "status_update"');
    await queryRunner.query('DROP INDEX "public"."ix_risk_project"');
    await queryRunner.query('DROP INDEX "public"."ix_risk_owner"');
    await queryRunner.query('DROP TABLE "risk"');
    await queryRunner.query('DROP INDEX "public"."ix_project_member_person"');
    await queryRunner.query('DROP TABLE "project_member"');
    await queryRunner.query('DROP INDEX "public"."ix_project_dependency_depends_on"');
    await queryRunner.query('DROP TABLE "project_dependency"');
    await queryRunner.query('DROP INDEX "public"."ix_milestone_project_planned"');
    await queryRunner.query('DROP INDEX "public"."ix_milestone_owner"');
    await queryRunner.query('DROP TABLE "milestone"');
    await queryRunner.query('DROP INDEX "public"."uq_kpi_measurement_kpi_date"');
    await queryRunner.query('DROP TABLE "kpi_measurement"');
    await queryRunner.query('DROP INDEX "public"."ix_kpi_project"');
    await queryRunner.query('DROP TABLE "kpi"');
    await queryRunner.query('DROP INDEX "public"."uq_project_code"');
    await queryRunner.query('DROP INDEX "public"."ix_project_field"');
    await queryRunner.query('DROP INDEX "public"."ix_project_department"');
    await queryRunner.query('DROP INDEX "public"."ix_project_lead"');
    await queryRunner.query('DROP INDEX "public"."ix_project_phase_health"');
    await queryRunner.query('DROP TABLE "project"');
    await queryRunner.query('DROP INDEX "public"."uq_field_of_action_strategy_name"');
    await queryRunner.query('DROP TABLE "field_of_action"');
    await queryRunner.query('DROP INDEX "public"."uq_strategy_name"');
    await queryRunner.query('DROP TABLE "strategy"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_project_at"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_entity"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
