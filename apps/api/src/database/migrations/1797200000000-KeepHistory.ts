import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The state of the portfolio at any past instant (`asOf`), kept as history tables with a validity
 * range: `<table>_history` holds every version of each row of `<table>`, with the instant it became
 * true (`valid_from`) and the instant it stopped being true (`valid_to`, 'infinity' while it is the
 * current one), under the table's own columns. What a row was at instant t is the version with
 * `valid_from <= t AND t < valid_to`: a range condition on an index, the same SQL on both databases.
 *
 * Triggers on the current-state tables write the history, after each statement, in the statement's
 * own transaction: no write path can forget it, neither the unit of work's TypeORM saves nor the
 * hand-written single statements (a status report, a measurement's upsert), nor a bulk load.
 *
 * The time of a change is one instant per transaction, `change_instant()`: the database's clock at the
 * transaction's first change, to the millisecond (the API's DateTime), before its commit and so
 * before its mutation returns: a query as of the instant a mutation returned sees all of it, and no
 * instant sees half a transaction. The history's entries (audit_event.at) take the same instant. The
 * system may set the instant of what it writes (`leitstand.change_at`, the demo's past).
 *
 * Status reports and re-baselines are append-only with their own times and need no history.
 */
export class KeepHistory1797200000000 implements MigrationInterface {
  name = 'KeepHistory1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION change_instant() RETURNS timestamptz LANGUAGE plpgsql VOLATILE AS $$
       DECLARE
         at text := current_setting('leitstand.change_at', true);
       BEGIN
         IF at IS NULL OR at = '' THEN
           at := to_char(date_trunc('milliseconds', clock_timestamp()) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
           PERFORM set_config('leitstand.change_at', at, true);
         END IF;
         RETURN at::timestamptz;
       END $$`,
    );
    // One function for every table: its keys come as the trigger's arguments.
    await queryRunner.query(
      `CREATE FUNCTION history_apply() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         history text := quote_ident(TG_TABLE_NAME || '_history');
         at timestamptz := change_instant();
         same_old text;
         same_new text;
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           EXECUTE format('DELETE FROM %s WHERE valid_to = ''infinity'' AND valid_from >= $1', history) USING at;
           EXECUTE format('UPDATE %s SET valid_to = $1 WHERE valid_to = ''infinity''', history) USING at;
           RETURN NULL;
         END IF;
         SELECT string_agg(format('h.%1$I = o.%1$I', key), ' AND '), string_agg(format('r.%1$I = n.%1$I', key), ' AND ')
           INTO same_old, same_new FROM unnest(TG_ARGV) key;
         IF TG_OP = 'INSERT' THEN
           EXECUTE format('INSERT INTO %s SELECT $1, ''infinity''::timestamptz, n.* FROM new_rows n', history) USING at;
         ELSIF TG_OP = 'DELETE' THEN
           -- A version begun at this instant never was at any other; an older one ends now.
           EXECUTE format(
             'WITH replaced AS (DELETE FROM %1$s h USING old_rows o WHERE %2$s AND h.valid_to = ''infinity'' AND h.valid_from >= $1)
              UPDATE %1$s h SET valid_to = $1 FROM old_rows o WHERE %2$s AND h.valid_to = ''infinity'' AND h.valid_from < $1',
             history, same_old) USING at;
         ELSE
           -- A version begun at this instant (or, by a writer that waited for this one, later) is replaced
           -- and its start kept; an older one ends now and the new one begins.
           EXECUTE format(
             'WITH replaced AS (DELETE FROM %1$s h USING old_rows o WHERE %2$s AND h.valid_to = ''infinity'' AND h.valid_from >= $1
                                RETURNING h.*),
                   ended AS (UPDATE %1$s h SET valid_to = $1 FROM old_rows o WHERE %2$s AND h.valid_to = ''infinity'' AND h.valid_from < $1)
              INSERT INTO %1$s SELECT COALESCE(r.valid_from, $1), ''infinity''::timestamptz, n.* FROM new_rows n LEFT JOIN replaced r ON %3$s',
             history, same_old, same_new) USING at;
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TABLE "${table.name}_history" ("valid_from" timestamptz NOT NULL, "valid_to" timestamptz NOT NULL, LIKE "${table.name}")`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_${table.name}_history_key" ON "${table.name}_history" (${table.keys.map((key) => `"${key}"`).join(', ')}, "valid_from")`,
      );
      for (const [index, column] of (table.by ?? []).entries()) {
        await queryRunner.query(
          `CREATE INDEX "ix_${table.name}_history_by_${index}" ON "${table.name}_history" ("${column}", "valid_from")`,
        );
      }
      // The versions valid at an instant (the whole table as of then), and those begun in an interval (what changed).
      await queryRunner.query(
        `CREATE INDEX "ix_${table.name}_history_valid" ON "${table.name}_history" ("valid_to", "valid_from")`,
      );
      await queryRunner.query(`CREATE INDEX "ix_${table.name}_history_from" ON "${table.name}_history" ("valid_from")`);
      // The history of what exists: each current row, valid from when it was made.
      await queryRunner.query(
        `INSERT INTO "${table.name}_history" SELECT ${table.since}, 'infinity'::timestamptz, t.* FROM "${table.name}" t`,
      );
      const transitions: Record<string, string> = {
        insert: 'REFERENCING NEW TABLE AS new_rows',
        update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
        delete: 'REFERENCING OLD TABLE AS old_rows',
        truncate: '',
      };
      for (const event of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER ${table.name}_history_${event} AFTER ${event.toUpperCase()} ON "${table.name}" ${transitions[event]}
           FOR EACH STATEMENT EXECUTE FUNCTION history_apply(${table.keys.map((key) => `'${key}'`).join(', ')})`,
        );
      }
    }
    await queryRunner.query('ALTER TABLE "audit_event" ALTER COLUMN "at" SET DEFAULT change_instant()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_event" ALTER COLUMN "at" SET DEFAULT clock_timestamp()');
    for (const table of [...TABLES].reverse()) {
      for (const event of EVENTS)
        await queryRunner.query(`DROP TRIGGER ${table.name}_history_${event} ON "${table.name}"`);
      await queryRunner.query(`DROP TABLE "${table.name}_history"`);
    }
    await queryRunner.query('DROP FUNCTION history_apply()');
    await queryRunner.query('DROP FUNCTION change_instant()');
  }
}

const EVENTS = ['insert', 'update', 'delete', 'truncate'];

/** When the latest audit entry of this kind about the row's record was written, else when its project was made. */
const lastRecorded = (action: string, entity: string, project: string) =>
  `COALESCE((SELECT max(a.at) FROM audit_event a WHERE a.entity_type = '${entity}' AND a.entity_id = ${project}
                AND a.action = '${action}'),
            (SELECT p.created_at FROM project p WHERE p.id = t.project_id))`;

/** The tables whose state `asOf` answers: their keys, the columns their history is read by, and when each current row began. */
const TABLES: { name: string; keys: string[]; by?: string[]; since: string }[] = [
  { name: 'project', keys: ['id'], since: 't.created_at' },
  { name: 'milestone', keys: ['id'], by: ['project_id'], since: 't.created_at' },
  { name: 'risk', keys: ['id'], by: ['project_id'], since: 't.created_at' },
  { name: 'kpi', keys: ['id'], by: ['project_id'], since: 't.created_at' },
  {
    name: 'kpi_measurement',
    keys: ['id'],
    by: ['kpi_id'],
    since: `COALESCE((SELECT max(a.at) FROM audit_event a WHERE a.entity_type = 'Kpi' AND a.entity_id = t.kpi_id
                         AND a.action = 'kpi.measurement.recorded'
                         AND a.changes @> jsonb_build_array(jsonb_build_object('field', 'measurement ' || t.date::text))),
                     (SELECT k.created_at FROM kpi k WHERE k.id = t.kpi_id))`,
  },
  {
    name: 'project_member',
    keys: ['project_id', 'person_id'],
    since: lastRecorded('project.members.set', 'Project', 't.project_id'),
  },
  {
    name: 'project_dependency',
    keys: ['project_id', 'depends_on_id'],
    by: ['depends_on_id'],
    since: lastRecorded('project.dependencies.set', 'Project', 't.project_id'),
  },
];
