import type { AsOf } from '../common/as-of';
import { Sql, sql } from './sql';

/** The tables whose every version their history keeps (see the migration KeepHistory). */
export type VersionedTable =
  'project' | 'milestone' | 'risk' | 'kpi' | 'kpi_measurement' | 'project_member' | 'project_dependency';

/**
 * The table as it stood at `asOf`, under its own columns, for `FROM … alias`: the versions of its
 * history that were valid then, `valid_from <= asOf < valid_to`, or the table itself where asOf is
 * null. A read that takes its tables through this answers now and then with the same SQL. The period
 * is written as the expression of the history's GiST index (migration IndexHistoryByPeriod), so that
 * the index finds the versions of an instant; a statement that reads as of an instant is planned for
 * it each time it runs (`sql.plannedEachRun`).
 */
export function tableAsOf(table: VersionedTable, asOf: AsOf): Sql {
  if (!asOf) return sql.raw(table);
  return sql.plannedEachRun(
    sql`(SELECT * FROM ${sql.raw(`${table}_history`)} WHERE tstzrange(valid_from, valid_to) @> ${asOf}::timestamptz)`,
  );
}

/** A condition on a timestamp of an append-only record (a report's created_at): made by `asOf`, or TRUE for now. */
export function madeBy(column: string, asOf: AsOf): Sql {
  return asOf ? sql`${sql.raw(column)} <= ${asOf}::timestamptz` : sql``;
}
/**
 * The measurements of a key figure that a read as of an instant shows: those recorded by then (the
 * history) and dated on or before its day, so that a report printed again later is unchanged. `today` is
 * the day of `asOf`.
 */
export function measuredBy(alias: string, today: string, asOf: AsOf): Sql {
  return asOf ? sql`${sql.raw(alias)}.date <= ${today}::date` : sql``;
}
