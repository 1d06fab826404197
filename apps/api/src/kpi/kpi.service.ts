import { Inject, Injectable } from '@nestjs/common';
import { Acting, actorIdOf, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { AsOf } from '../common/as-of';
import { BadUserInputError, ChangedMeanwhileError } from '../common/errors';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateKpiInput, RecordKpiMeasurementInput } from './dto/kpi.input';
import { Kpi, KpiMeasurement } from './kpi.entity';
import { KpiRepository, KpiRow } from './kpi.repository';
import { UnitOfWork } from '../database/unit-of-work';

@Injectable()
export class KpiService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly kpis: KpiRepository,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(input: CreateKpiInput, caller: Acting): Promise<Kpi> {
    const run = async () => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId);
      const kpi = await this.kpis.insert({
        projectId: input.projectId,
        name: input.name,
        unit: input.unit,
        baseline: input.baseline ?? null,
        target: input.target ?? null,
      });
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
      throw BadUserInputError.field('input.date', 'IN_FUTURE', 'must not be in the future');
    const run = async () => {
      const kpi = await this.kpis.lockById(input.kpiId);
      if (!kpi)
        throw BadUserInputError.field('input.kpiId', 'UNKNOWN_REFERENCE', 'is not the id of a key figure', {
          what: 'Kpi',
        });
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, kpi.projectId);
      const previous = await this.kpis.measurementOn(kpi.id, input.date);
      // The value the caller saw for the day (null: none) must still be the day's value.
      const current = previous?.value ?? null;
      if (input.replaces !== undefined && input.replaces !== current)
        throw new ChangedMeanwhileError(
          `The value of ${input.date}`,
          `you saw ${input.replaces ?? 'none'}, it is now ${current ?? 'none'}`,
          { currentValue: current },
        );
      // A correction replaces the day's value; only a new day needs room.
      await this.kpis.saveMeasurement(
        { kpiId: kpi.id, date: input.date, value: input.value, note: input.note ?? null },
        previous !== null,
      );
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

  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Kpi[]> {
    return this.kpis.byIds(ids, asOf);
  }

  /** The key figures of these projects, each with its newest measurement (read along); as they stood at `asOf`. */
  byProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<KpiRow[]> {
    return this.kpis.byProjects(projectIds, this.dayOf(asOf), asOf);
  }

  /** The measurements of these key figures; as of `asOf`, those recorded by then and dated on or before its day. */
  measurementsOf(kpiIds: readonly string[], asOf: AsOf = null): Promise<KpiMeasurement[]> {
    return this.kpis.measurementsOf(kpiIds, this.dayOf(asOf), asOf);
  }

  /** The newest measurement of each key figure (as of `asOf`, as measurementsOf). */
  latestOf(kpiIds: readonly string[], asOf: AsOf = null): Promise<KpiMeasurement[]> {
    return this.kpis.latestOf(kpiIds, this.dayOf(asOf), asOf);
  }

  private dayOf(asOf: AsOf): string {
    return todayIn(this.config.timeZone, asOf ?? new Date());
  }
}
