import { EXPORT_LABELS, Locale, MilestoneState } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MAX_PAGE_SIZE } from '../graphql/connection';
import { KpiService } from '../kpi/kpi.service';
import { MilestoneService } from '../milestone/milestone.service';
import { RiskService } from '../risk/risk.service';
import { StrategyService } from '../strategy/strategy.service';
import { ProjectFilter, ProjectOrder, OrderDirection, ProjectOrderField } from '../project/dto/project.input';
import { PortfolioChanges, PortfolioChangesService } from '../project/portfolio-changes.service';
import { PortfolioSummary, PortfolioSummaryService } from '../project/portfolio-summary.service';
import { ProjectRelations } from '../project/project-read-model';
import { endangerments } from '../project/endangerment';
import { ProjectService } from '../project/project.service';
import {
  ChangeRow,
  ExportProject,
  KpiExportRow,
  MilestoneExportRow,
  OverviewRow,
  ReportKpiRow,
  ReportProject,
} from './export.columns';
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

/** What the Sachstandsbericht's projects sheet shows of each project's relations, as the web page asks for them. */
const REPORT_PROJECT_RELATIONS: ProjectRelations = {
  latestStatus: new Set(['id', 'createdAt', 'summary']),
  toOne: new Map([
    ['field', new Set(['name'])],
    ['lead', new Set(['name'])],
  ]),
};

/** The web page's order of the report's projects: by code. */
const BY_CODE: ProjectOrder = { field: ProjectOrderField.CODE, direction: OrderDirection.ASC };

/**
 * The instants that the Sachstandsbericht is read at: the portfolio as of `asOf` (null: now, where
 * the Stichtag is today), the changes after `from` up to `asOf`.
 */
export interface ReportInstants {
  asOf: AsOf;
  from: Date;
}

/** The overview's dates besides the summary's figures. */
export interface ReportDays {
  asOf: string;
  since: string;
  created: string;
}

/** The ids, each once, without the missing ones. */
function unique(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** A change before the records that it names are read: its kind, what it names, and what it knows already. */
interface PendingChange {
  kind: string;
  projectId?: string;
  milestoneId?: string;
  riskId?: string;
  /** Which date of the record read is the change's. */
  date?: 'created' | 'ended' | 'completed';
  fields?: Partial<ChangeRow>;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The rows of the exports, page by page, read through the domains' services as the GraphQL list
 * reads them (the same filter, the same order), so that an export holds what the list shows.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly projects: ProjectService,
    private readonly kpis: KpiService,
    private readonly milestones: MilestoneService,
    private readonly risks: RiskService,
    private readonly strategies: StrategyService,
    private readonly summaries: PortfolioSummaryService,
    private readonly changes: PortfolioChangesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get currency(): string {
    return this.projects.currency;
  }

  private async *projectPages(
    query: { filter: ProjectFilter | null; order: ProjectOrder },
    relations: ProjectRelations,
    asOf: AsOf = null,
  ): AsyncGenerator<ExportProject[]> {
    for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
      const page = await this.projects.list(
        query.filter,
        query.order,
        { offset, limit: EXPORT_PAGE_SIZE },
        { relations, asOf },
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
      const byKpi = groupBy(
        kpis.length > 0 ? await this.kpis.measurementsOf(kpis.map(({ kpi }) => kpi.id)) : [],
        (measurement) => measurement.kpiId,
      );
      yield kpis.flatMap(({ project, kpi }) =>
        (byKpi.get(kpi.id) ?? []).map((measurement) => ({ project, kpi, measurement })),
      );
    }
  }

  // -------------------------------------------------------------- The Sachstandsbericht

  /** The portfolio's figures as of the Stichtag, over every project (as the web page's summary). */
  reportSummary(instants: ReportInstants): Promise<PortfolioSummary> {
    return this.summaries.summarise(null, instants.asOf);
  }

  /** What changed after the end of the comparison date up to the Stichtag's (now where that is today). */
  reportChanges(instants: ReportInstants): Promise<PortfolioChanges> {
    return this.changes.between(instants.from, instants.asOf, null);
  }

  /** The overview's lines: the strategies, the dates, the summary as of the Stichtag, the reports since. */
  async overviewRows(
    locale: Locale,
    days: ReportDays,
    summary: PortfolioSummary,
    changes: PortfolioChanges,
  ): Promise<OverviewRow[]> {
    const labels = EXPORT_LABELS[locale];
    const o = labels.report.overview;
    const strategies = (await this.strategies.all()).map((strategy) => strategy.name).join(' · ');
    return [
      { item: o.strategy, kind: 'text', value: strategies || null },
      { item: o.asOf, kind: 'date', value: days.asOf },
      { item: o.since, kind: 'date', value: days.since },
      { item: o.created, kind: 'date', value: days.created },
      { item: o.projects, kind: 'integer', value: summary.projectCount },
      ...summary.byHealth.map(({ health, count }): OverviewRow => ({
        item: `${labels.column.health}: ${labels.health[health]}`,
        kind: 'integer',
        value: count,
      })),
      ...summary.byPhase.map(({ phase, count }): OverviewRow => ({
        item: `${labels.column.phase}: ${labels.phase[phase]}`,
        kind: 'integer',
        value: count,
      })),
      { item: labels.column.budgetPlanned, kind: 'money', value: summary.budgetPlanned },
      { item: labels.column.budgetSpent, kind: 'money', value: summary.budgetSpent },
      { item: o.milestonesOverdue, kind: 'integer', value: summary.milestonesOverdue },
      { item: o.milestonesDueSoon, kind: 'integer', value: summary.milestonesDueSoon },
      { item: o.staleProjects, kind: 'integer', value: summary.staleProjects },
      { item: o.statusUpdatesPosted, kind: 'integer', value: changes.statusUpdatesPosted },
    ];
  }

  /** Every project as of the Stichtag, by code, with its latest report of then and what endangers it then. */
  async *reportProjectRows(instants: ReportInstants): AsyncGenerator<ReportProject[]> {
    const asOf = instants.asOf;
    const today = this.projects.todayAsOf(asOf);
    for await (const projects of this.projectPages({ filter: null, order: BY_CODE }, REPORT_PROJECT_RELATIONS, asOf)) {
      // What each project waits for, and the milestones of those that wait for any: as the loaders of Project.endangeredBy read them.
      const prerequisites = groupBy(await this.projects.prerequisitesOf(ids(projects), asOf), (row) => row.dependentId);
      const waiting = [...prerequisites.keys()];
      const milestones = groupBy(
        waiting.length > 0 ? await this.milestones.byProjects(waiting, asOf) : [],
        (milestone) => milestone.projectId,
      );
      yield projects.map((project) => ({
        ...project,
        endangeredBy: endangerments(
          project,
          prerequisites.get(project.id) ?? [],
          milestones.get(project.id) ?? [],
          today,
        ).map((found) => found.by.code),
      }));
    }
  }

  /** Every milestone of those projects as of the Stichtag (done ones too), its state as of that day. */
  async *reportMilestoneRows(instants: ReportInstants): AsyncGenerator<MilestoneExportRow[]> {
    const relations = { milestones: MILESTONE_FIELDS };
    for await (const projects of this.projectPages({ filter: null, order: BY_CODE }, relations, instants.asOf))
      yield projects.flatMap((project) =>
        (project.preloaded?.milestones ?? []).map((milestone) => ({ project, milestone })),
      );
  }

  /** Every key figure of those projects as of the Stichtag, with its newest value measured by then. */
  async *reportKpiRows(instants: ReportInstants): AsyncGenerator<ReportKpiRow[]> {
    const relations = { kpis: KPI_FIELDS, kpiLatest: new Set(['date', 'value']) };
    for await (const projects of this.projectPages({ filter: null, order: BY_CODE }, relations, instants.asOf))
      yield projects.flatMap((project) => (project.preloaded?.kpis ?? []).map((kpi) => ({ project, kpi })));
  }

  /**
   * The changes one per row, in the order of the web page's lists: projects created, completed,
   * cancelled, changes of health, milestones completed, milestones moved, risks opened; what they
   * name as it stood at the interval's end, as portfolioChanges answers (left out where it no
   * longer existed then). The records are read for a page of changes at a time, so that only the
   * list of changes itself (ids and dates, as portfolioChanges reads it) is held whole.
   */
  async *changeRows(locale: Locale, changes: PortfolioChanges): AsyncGenerator<ChangeRow[]> {
    const labels = EXPORT_LABELS[locale];
    const kinds = labels.report.change;
    const day = (instant: Date | string) => todayIn(this.config.timeZone, new Date(instant));
    const pending: PendingChange[] = [
      ...changes.ids.created.map((projectId) => ({ kind: kinds.projectCreated, projectId, date: 'created' as const })),
      ...changes.ids.completed.map((projectId) => ({
        kind: kinds.projectCompleted,
        projectId,
        date: 'ended' as const,
      })),
      ...changes.ids.cancelled.map((projectId) => ({ kind: kinds.projectCancelled, projectId })),
      ...changes.healthChanges.map((change) => ({
        kind: kinds.health,
        projectId: change.projectId,
        fields: {
          from: change.from ? labels.health[change.from] : labels.report.firstReport,
          to: labels.health[change.to],
          date: day(change.at),
        },
      })),
      ...changes.ids.milestonesCompleted.map((milestoneId) => ({
        kind: kinds.milestoneCompleted,
        milestoneId,
        date: 'completed' as const,
      })),
      ...changes.milestonesSlipped.map((slip) => ({
        kind: kinds.milestoneSlipped,
        milestoneId: slip.milestoneId,
        fields: { from: slip.dueBefore, to: slip.dueAfter, valuesKind: 'date' as const, days: slip.days },
      })),
      ...changes.ids.risksOpened.map((riskId) => ({ kind: kinds.riskOpened, riskId })),
    ];
    for (let start = 0; start < pending.length; start += EXPORT_PAGE_SIZE) {
      const page = pending.slice(start, start + EXPORT_PAGE_SIZE);
      const ids = (key: 'milestoneId' | 'riskId') => unique(page.map((change) => change[key]));
      const read = async <T extends { id: string }>(wanted: string[], load: (ids: string[]) => Promise<T[]>) =>
        byId(wanted.length > 0 ? await load(wanted) : []);
      const milestones = await read(ids('milestoneId'), (wanted) => this.milestones.byIds(wanted, changes.to));
      const risks = await read(ids('riskId'), (wanted) => this.risks.byIds(wanted, changes.to));
      // The change's project, or that of its milestone or risk.
      const projectOf = (change: PendingChange): string | undefined =>
        change.projectId ??
        (change.milestoneId && milestones.get(change.milestoneId)?.projectId) ??
        (change.riskId && risks.get(change.riskId)?.projectId) ??
        undefined;
      const projects = await read(unique(page.map(projectOf)), (wanted) => this.projects.findByIds(wanted, changes.to));
      yield page.flatMap((change): ChangeRow[] => {
        const project = projects.get(projectOf(change) ?? '');
        const milestone = change.milestoneId ? milestones.get(change.milestoneId) : undefined;
        const risk = change.riskId ? risks.get(change.riskId) : undefined;
        // Left out, as portfolioChanges leaves them out, where what it names did not exist at the end.
        if (change.projectId && !project) return [];
        if (change.milestoneId && !milestone) return [];
        if (change.riskId && !risk) return [];
        let date: string | null = null;
        if (change.date === 'created' && project) date = day(project.createdAt);
        else if (change.date === 'ended' && project) date = project.actualEndDate;
        else if (change.date === 'completed' && milestone) date = milestone.completedDate;
        return [
          {
            kind: change.kind,
            project: project ? { code: project.code, title: project.title } : null,
            what: milestone?.title ?? risk?.title ?? null,
            from: null,
            to: null,
            valuesKind: 'text',
            date,
            days: null,
            ...change.fields,
          },
        ];
      });
    }
  }
}

function ids(records: readonly { id: string }[]): string[] {
  return records.map((record) => record.id);
}

/** The rows by a key, each group in the rows' order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
