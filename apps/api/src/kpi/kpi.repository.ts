import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { fromJson, jsonColumns, selectColumns } from '../database/columns';
import { measuredBy, tableAsOf } from '../database/history';
import { assertRoomFor } from '../database/list-bounds';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Kpi, KpiMeasurement } from './kpi.entity';

/**
 * A key figure as the API answers with it: its columns, and its newest measurement where the
 * statement that read it brought that along (null: it has none). The resolver of `latest` answers
 * from `preloaded` where it is there and asks its request's loader otherwise.
 */
export type KpiRow = Kpi & { preloaded?: { latest: KpiMeasurement | null } };

/** Key figures and their measurements. */
@Injectable()
export class KpiRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The key figures with these ids, as they stood at `asOf` (null: now). */
  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Kpi[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, Kpi, 'k')} FROM ${tableAsOf('kpi', asOf)} k WHERE k.id = ANY(${ids}::uuid[])`,
    );
  }

  /**
   * The key figures of these projects, each with its newest measurement, in one statement: lists
   * that show key figures show their latest value too.
   */
  async byProjects(projectIds: readonly string[], today: string, asOf: AsOf = null): Promise<KpiRow[]> {
    const rows = await this.uow.query<Kpi & { _latest: Record<string, unknown> | null }>(
      sql`SELECT ${selectColumns(this.uow.manager, Kpi, 'k')}, latest.json AS "_latest"
            FROM ${tableAsOf('kpi', asOf)} k
            LEFT JOIN LATERAL (SELECT ${jsonColumns(this.uow.manager, KpiMeasurement, 'm')} AS json
                                 FROM ${tableAsOf('kpi_measurement', asOf)} m
                                WHERE ${sql.and([sql`m.kpi_id = k.id`, measuredBy('m', today, asOf)])}
                                ORDER BY m.date DESC LIMIT 1) latest ON TRUE
           WHERE k.project_id = ANY(${projectIds}::uuid[]) ORDER BY k.created_at, k.name`,
    );
    return rows.map(({ _latest, ...columns }) =>
      Object.assign(this.uow.manager.create(Kpi, columns as Kpi), {
        preloaded: { latest: fromJson(this.uow.manager, KpiMeasurement, _latest) },
      }),
    );
  }

  /** The measurements of these key figures by date; as of `asOf`, those recorded by then and dated by its day `today`. */
  measurementsOf(kpiIds: readonly string[], today: string, asOf: AsOf = null): Promise<KpiMeasurement[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, KpiMeasurement, 'k')} FROM ${tableAsOf('kpi_measurement', asOf)} k
           WHERE ${sql.and([sql`k.kpi_id = ANY(${kpiIds}::uuid[])`, measuredBy('k', today, asOf)])} ORDER BY k.date`,
    );
  }

  /** The newest measurement of each key figure (as of `asOf`, as measurementsOf). */
  latestOf(kpiIds: readonly string[], today: string, asOf: AsOf = null): Promise<KpiMeasurement[]> {
    return this.uow.query(
      sql`SELECT DISTINCT ON (k.kpi_id) ${selectColumns(this.uow.manager, KpiMeasurement, 'k')}
            FROM ${tableAsOf('kpi_measurement', asOf)} k
           WHERE ${sql.and([sql`k.kpi_id = ANY(${kpiIds}::uuid[])`, measuredBy('k', today, asOf)])} ORDER BY k.kpi_id, k.date DESC`,
    );
  }

  findById(id: string): Promise<Kpi | null> {
    return this.uow.manager.findOneBy(Kpi, { id });
  }

  /**
   * The key figure, its row locked for the transaction (FOR NO KEY UPDATE): records of one key figure
   * wait for each other, so that each reads the day's value as the one before it left it.
   */
  async lockById(id: string): Promise<Kpi | null> {
    const [kpi] = await this.uow.query<Kpi>(
      sql`SELECT ${selectColumns(this.uow.manager, Kpi, 'k')} FROM kpi k WHERE k.id = ${id} FOR NO KEY UPDATE`,
    );
    return kpi ?? null;
  }

  measurementOn(kpiId: string, date: string): Promise<KpiMeasurement | null> {
    return this.uow.manager.findOneBy(KpiMeasurement, { kpiId, date });
  }

  /** Adds a key figure to its project, if the project has room for one more (PROJECT_LIMITS). */
  async insert(values: Pick<Kpi, 'projectId' | 'name' | 'unit' | 'baseline' | 'target'>): Promise<Kpi> {
    await assertRoomFor(this.uow.manager, Kpi, { projectId: values.projectId }, PROJECT_LIMITS.kpis, {
      path: 'input.projectId',
      what: 'key figures',
    });
    return this.uow.manager.save(this.uow.manager.create(Kpi, values));
  }

  /**
   * Records the value of a day: a new day if the key figure has room for one more measurement, a
   * correction of the day's value otherwise (`replaces`: the day already has one).
   */
  async saveMeasurement(measurement: Pick<KpiMeasurement, 'kpiId' | 'date' | 'value' | 'note'>, replaces: boolean) {
    if (!replaces)
      await assertRoomFor(this.uow.manager, KpiMeasurement, { kpiId: measurement.kpiId }, PROJECT_LIMITS.measurements, {
        path: 'input.kpiId',
        what: 'measurements',
      });
    await this.uow.query(
      sql`INSERT INTO kpi_measurement (kpi_id, date, value, note)
          VALUES (${measurement.kpiId}, ${measurement.date}, ${measurement.value}, ${measurement.note})
          ON CONFLICT (kpi_id, date) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note`,
    );
  }
}
