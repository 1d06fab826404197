import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { fromJson, jsonColumns, selectColumns } from '../database/columns';
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

  byIds(ids: readonly string[]): Promise<Kpi[]> {
    return this.uow.manager.findBy(Kpi, { id: In([...ids]) });
  }

  /**
   * The key figures of these projects, each with its newest measurement, in one statement: lists
   * that show key figures show their latest value too.
   */
  async byProjects(projectIds: readonly string[]): Promise<KpiRow[]> {
    const rows = await this.uow.query<Kpi & { _latest: Record<string, unknown> | null }>(
      sql`SELECT ${selectColumns(this.uow.manager, Kpi, 'k')}, latest.json AS "_latest"
            FROM kpi k
            LEFT JOIN LATERAL (SELECT ${jsonColumns(this.uow.manager, KpiMeasurement, 'm')} AS json FROM kpi_measurement m
                                WHERE m.kpi_id = k.id ORDER BY m.date DESC LIMIT 1) latest ON TRUE
           WHERE k.project_id = ANY(${projectIds}::uuid[]) ORDER BY k.created_at, k.name`,
    );
    return rows.map(({ _latest, ...columns }) =>
      Object.assign(this.uow.manager.create(Kpi, columns as Kpi), {
        preloaded: { latest: fromJson(this.uow.manager, KpiMeasurement, _latest) },
      }),
    );
  }

  measurementsOf(kpiIds: readonly string[]): Promise<KpiMeasurement[]> {
    return this.uow.manager.find(KpiMeasurement, { where: { kpiId: In([...kpiIds]) }, order: { date: 'ASC' } });
  }

  /** The newest measurement of each key figure. */
  latestOf(kpiIds: readonly string[]): Promise<KpiMeasurement[]> {
    return this.uow.query(
      sql`SELECT DISTINCT ON (k.kpi_id) ${selectColumns(this.uow.manager, KpiMeasurement, 'k')}
            FROM kpi_measurement k WHERE k.kpi_id = ANY(${kpiIds}::uuid[]) ORDER BY k.kpi_id, k.date DESC`,
    );
  }

  findById(id: string): Promise<Kpi | null> {
    return this.uow.manager.findOneBy(Kpi, { id });
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
