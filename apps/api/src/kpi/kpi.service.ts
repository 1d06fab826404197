import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { assertRoomFor } from '../common/list-bounds';
import { Acting, actorIdOf, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { BadUserInputError } from '../common/errors';
import { fromJson, jsonColumns, selectColumns } from '../common/sql';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateKpiInput, RecordKpiMeasurementInput } from './dto/kpi.input';
import { Kpi, KpiMeasurement } from './kpi.entity';
import { UnitOfWork } from '../database/unit-of-work';

@Injectable()
export class KpiService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(input: CreateKpiInput, caller: Acting): Promise<Kpi> {
    const run = async (tx: EntityManager) => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId, tx);
      await assertRoomFor(tx, Kpi, { projectId: input.projectId }, PROJECT_LIMITS.kpis, {
        path: 'input.projectId',
        what: 'key figures',
      });
      const kpi = tx.create(Kpi, {
        projectId: input.projectId,
        name: input.name,
        unit: input.unit,
        baseline: input.baseline ?? null,
        target: input.target ?? null,
      });
      await tx.save(kpi);
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'kpi.created',
        entityType: 'Kpi',
        entityId: kpi.id,
        projectId: kpi.projectId,
        changes: diff(null, { ...kpi }, ['name', 'unit', 'baseline', 'target']),
      });
      return kpi;
    };
    return this.uow.transaction(run);
  }

  /** Records the value of a day; a second value for the same day corrects the first, and the history keeps both. */
  async record(input: RecordKpiMeasurementInput, caller: Acting): Promise<Kpi> {
    if (input.date > todayIn(this.config.timeZone))
      throw BadUserInputError.field('input.date', 'must not be in the future');
    const run = async (tx: EntityManager) => {
      const kpi = await tx.findOneBy(Kpi, { id: input.kpiId });
      if (!kpi) throw BadUserInputError.field('input.kpiId', 'is not the id of a key figure');
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, kpi.projectId, tx);
      const previous = await tx.findOneBy(KpiMeasurement, { kpiId: kpi.id, date: input.date });
      // A correction replaces the day's value; only a new day needs room.
      if (!previous)
        await assertRoomFor(tx, KpiMeasurement, { kpiId: kpi.id }, PROJECT_LIMITS.measurements, {
          path: 'input.kpiId',
          what: 'measurements',
        });
      await tx
        .createQueryBuilder()
        .insert()
        .into(KpiMeasurement)
        .values({ kpiId: kpi.id, date: input.date, value: input.value, note: input.note ?? null })
        .orUpdate(['value', 'note'], ['kpi_id', 'date'])
        .execute();
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'kpi.measurement.recorded',
        entityType: 'Kpi',
        entityId: kpi.id,
        projectId: kpi.projectId,
        changes: diff(previous ? { [input.date]: previous.value } : null, { [input.date]: input.value }, [
          input.date,
        ]).map((change) => ({
          ...change,
          field: `measurement ${input.date}`,
        })),
      });
      return kpi;
    };
    return this.uow.transaction(run);
  }

  byIds(ids: readonly string[]): Promise<Kpi[]> {
    return this.uow.manager.getRepository(Kpi).findBy({ id: In([...ids]) });
  }

  byProjects(projectIds: readonly string[]): Promise<Kpi[]> {
    return this.uow.manager
      .getRepository(Kpi)
      .find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  /**
   * The key figures of these projects, each with its newest measurement (null where none), in one
   * statement: lists that show key figures show their latest value too.
   */
  async byProjectsWithLatest(projectIds: readonly string[]): Promise<{ kpi: Kpi; latest: KpiMeasurement | null }[]> {
    const rows: (Kpi & { _latest: Record<string, unknown> | null })[] = await this.uow.manager.query(
      `SELECT ${selectColumns(this.uow.manager, Kpi, 'k')}, latest.json AS "_latest"
         FROM kpi k
         LEFT JOIN LATERAL (SELECT ${jsonColumns(this.uow.manager, KpiMeasurement, 'm')} AS json FROM kpi_measurement m
                             WHERE m.kpi_id = k.id ORDER BY m.date DESC LIMIT 1) latest ON TRUE
        WHERE k.project_id = ANY($1::uuid[]) ORDER BY k.created_at, k.name`,
      [projectIds],
    );
    return rows.map(({ _latest, ...columns }) => ({
      kpi: this.uow.manager.getRepository(Kpi).create(columns as Kpi),
      latest: fromJson(this.uow.manager, KpiMeasurement, _latest),
    }));
  }

  measurementsOf(kpiIds: readonly string[]): Promise<KpiMeasurement[]> {
    return this.uow.manager
      .getRepository(KpiMeasurement)
      .find({ where: { kpiId: In([...kpiIds]) }, order: { date: 'ASC' } });
  }

  /** The newest measurement of each key figure. */
  latestOf(kpiIds: readonly string[]): Promise<KpiMeasurement[]> {
    return this.uow.manager.query(
      `SELECT DISTINCT ON (k.kpi_id) ${selectColumns(this.uow.manager, KpiMeasurement, 'k')}
         FROM kpi_measurement k WHERE k.kpi_id = ANY($1::uuid[]) ORDER BY k.kpi_id, k.date DESC`,
      [kpiIds],
    );
  }
}
