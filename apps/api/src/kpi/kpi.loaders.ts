import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfLists, loaderOfOne } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { Kpi, KpiMeasurement } from './kpi.entity';
import { KpiRow } from './kpi.repository';
import { KpiService } from './kpi.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    kpi: DataLoader<string, Kpi | null>;
    kpisOfProject: DataLoader<string, KpiRow[]>;
    latestMeasurement: DataLoader<string, KpiMeasurement | null>;
    measurementsOfKpi: DataLoader<string, KpiMeasurement[]>;
  }
}

/** Key figures, a project's key figures, their measurements and newest one, for every request; as nodes; and the newest read along. */
@Injectable()
export class KpiLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly kpis: KpiService,
  ) {
    // Key figures are read with their newest measurement (KpiRow).
    registry.registerPreloaded({
      type: 'Kpi',
      read: (kpi, field) => (field === 'latest' ? (kpi as KpiRow).preloaded?.latest : undefined),
    });
  }

  onModuleInit(): void {
    this.registry.register((_loaders, asOf) => ({
      kpi: loaderById((ids) => this.kpis.byIds(ids, asOf), asOf),
      // Key figures come with their newest measurement (`preloaded`): one statement, not two.
      kpisOfProject: loaderOfLists(
        (ids) => this.kpis.byProjects(ids, asOf),
        (kpi) => kpi.projectId,
        asOf,
      ),
      latestMeasurement: loaderOfOne(
        (ids) => this.kpis.latestOf(ids, asOf),
        (measurement) => measurement.kpiId,
      ),
      measurementsOfKpi: loaderOfLists(
        (ids) => this.kpis.measurementsOf(ids, asOf),
        (measurement) => measurement.kpiId,
      ),
    }));
    this.registry.registerNode({ type: 'Kpi', table: 'kpi', load: (id, loaders) => loaders.kpi.load(id) });
  }
}
