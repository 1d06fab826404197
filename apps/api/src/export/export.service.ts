import { MilestoneState } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../graphql/connection';
import { KpiService } from '../kpi/kpi.service';
import { KpiMeasurement } from '../kpi/kpi.entity';
import { ProjectRelations } from '../project/project-read-model';
import { ProjectService } from '../project/project.service';
import { ExportProject, KpiExportRow, MilestoneExportRow } from './export.columns';
import { ExportQuery } from './export.params';

/** Projects are read in pages of this many, as the list's largest page: memory stays constant whatever the portfolio's size. */
export const EXPORT_PAGE_SIZE = MAX_PAGE_SIZE;

/** The records to one that the project columns show, with the fields they show. */
const PROJECT_RELATIONS: ProjectRelations = {
  latestStatus: new Set(['id']),
  toOne: new Map([
    ['field', new Set(['name'])],
    ['department', new Set(['code', 'name'])],
    ['lead', new Set(['name'])],
    ['sponsor', new Set(['name'])],
  ]),
};

const MILESTONE_FIELDS = new Set(['title', 'plannedDate', 'forecastDate', 'completedDate', 'state', 'slipDays']);
const KPI_FIELDS = new Set(['name', 'unit', 'baseline', 'target']);

/**
 * The rows of the exports, page by page, read through the domains' services as the GraphQL list
 * reads them (the same filter, the same order), so that an export holds what the list shows.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly projects: ProjectService,
    private readonly kpis: KpiService,
  ) {}

  get currency(): string {
    return this.projects.currency;
  }

  private async *projectPages(query: ExportQuery, relations: ProjectRelations): AsyncGenerator<ExportProject[]> {
    for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
      const page = await this.projects.list(
        query.filter,
        query.order,
        { offset, limit: EXPORT_PAGE_SIZE },
        { relations },
      );
      if (page.nodes.length > 0) yield page.nodes;
      if (!page.pageInfo.hasNextPage) return;
    }
  }

  /** The projects of the view, in its order. */
  projectRows(query: ExportQuery): AsyncGenerator<ExportProject[]> {
    return this.projectPages(query, PROJECT_RELATIONS);
  }

  /** The roadmap's rows: the milestones of the view's projects by project code and planned date; done ones only when asked for. */
  async *milestoneRows(query: ExportQuery): AsyncGenerator<MilestoneExportRow[]> {
    for await (const projects of this.projectPages(query, { milestones: MILESTONE_FIELDS })) {
      yield projects.flatMap((project) =>
        (project.preloaded?.milestones ?? [])
          .filter((milestone) => query.includeDone || milestone.state !== MilestoneState.DONE)
          .map((milestone) => ({ project, milestone })),
      );
    }
  }

  /** One row per measurement of every key figure of the view's projects, by project code, key figure and date. */
  async *kpiRows(query: ExportQuery): AsyncGenerator<KpiExportRow[]> {
    for await (const projects of this.projectPages(query, { kpis: KPI_FIELDS })) {
      const kpis = projects.flatMap((project) => (project.preloaded?.kpis ?? []).map((kpi) => ({ project, kpi })));
      const byKpi = new Map<string, KpiMeasurement[]>();
      if (kpis.length > 0) {
        for (const measurement of await this.kpis.measurementsOf(kpis.map(({ kpi }) => kpi.id))) {
          const list = byKpi.get(measurement.kpiId);
          if (list) list.push(measurement);
          else byKpi.set(measurement.kpiId, [measurement]);
        }
      }
      yield kpis.flatMap(({ project, kpi }) =>
        (byKpi.get(kpi.id) ?? []).map((measurement) => ({ project, kpi, measurement })),
      );
    }
  }
}
