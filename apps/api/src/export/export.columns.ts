import { EXPORT_LABELS, Locale } from '@leitstand/shared-domain';
import { todayIn } from '../common/today';
import type { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import type { KpiRow } from '../kpi/kpi.repository';
import type { Milestone } from '../milestone/milestone.entity';
import type { ProjectRow } from '../project/project-read-model';
import type { CellKind, CellValue, Column } from './table-writer';

/** A project of the export, with the records to one that the read model brought along. */
export type ExportProject = ProjectRow;

export interface MilestoneExportRow {
  project: ExportProject;
  milestone: Milestone;
}

export interface KpiExportRow {
  project: ExportProject;
  kpi: Kpi;
  measurement: KpiMeasurement;
}

const WIDTH = { code: 12, title: 40, date: 12, money: 16, label: 16, name: 24 } as const;

function related(project: ExportProject, name: string): Record<string, string> | null {
  return (project.preloaded?.toOne?.get(name) as Record<string, string> | null | undefined) ?? null;
}

/** The project list's columns, as the web client's list and its former CSV named them. */
export function projectColumns(locale: Locale, currency: string): Column<ExportProject>[] {
  const labels = EXPORT_LABELS[locale];
  const c = labels.column;
  return [
    { header: c.code, kind: 'text', width: WIDTH.code, value: (p) => p.code },
    { header: c.title, kind: 'text', width: WIDTH.title, value: (p) => p.title },
    {
      header: c.health,
      kind: 'text',
      width: WIDTH.label,
      value: (p) => (p.preloaded?.latestStatus ? labels.health[p.health] : labels.notReported),
    },
    { header: c.phase, kind: 'text', width: WIDTH.label, value: (p) => labels.phase[p.phase] },
    { header: c.progress, kind: 'percent', width: 12, value: (p) => p.progress },
    { header: c.field, kind: 'text', width: 30, value: (p) => related(p, 'field')?.name ?? null },
    {
      header: c.department,
      kind: 'text',
      width: 30,
      value: (p) => {
        const department = related(p, 'department');
        return department ? `${department.code} ${department.name}` : null;
      },
    },
    { header: c.lead, kind: 'text', width: WIDTH.name, value: (p) => related(p, 'lead')?.name ?? null },
    { header: c.sponsor, kind: 'text', width: WIDTH.name, value: (p) => related(p, 'sponsor')?.name ?? null },
    { header: c.startDate, kind: 'date', width: WIDTH.date, value: (p) => p.startDate },
    { header: c.plannedEndDate, kind: 'date', width: 15, value: (p) => p.plannedEndDate },
    { header: c.forecastEndDate, kind: 'date', width: 15, value: (p) => p.forecastEndDate },
    { header: c.actualEndDate, kind: 'date', width: 18, value: (p) => p.actualEndDate },
    { header: c.budgetPlanned, kind: 'money', width: WIDTH.money, value: (p) => p.budgetPlanned },
    { header: c.budgetSpent, kind: 'money', width: 18, value: (p) => p.budgetSpent },
    { header: c.currency, kind: 'text', width: 10, value: () => currency },
    { header: c.tags, kind: 'text', width: 30, value: (p) => (p.tags.length ? p.tags.join(', ') : null) },
  ];
}

/** The roadmap table's columns: the project, the milestone, its dates, slip and state. */
export function milestoneColumns(locale: Locale): Column<MilestoneExportRow>[] {
  const labels = EXPORT_LABELS[locale];
  const c = labels.column;
  return [
    { header: c.code, kind: 'text', width: WIDTH.code, value: (r) => r.project.code },
    { header: c.project, kind: 'text', width: WIDTH.title, value: (r) => r.project.title },
    { header: c.milestone, kind: 'text', width: WIDTH.title, value: (r) => r.milestone.title },
    { header: c.milestonePlanned, kind: 'date', width: 18, value: (r) => r.milestone.plannedDate },
    { header: c.milestoneForecast, kind: 'date', width: WIDTH.date, value: (r) => r.milestone.forecastDate },
    { header: c.milestoneCompleted, kind: 'date', width: WIDTH.date, value: (r) => r.milestone.completedDate },
    {
      header: c.milestoneDue,
      kind: 'date',
      width: WIDTH.date,
      value: (r) => r.milestone.completedDate ?? r.milestone.forecastDate ?? r.milestone.plannedDate,
    },
    { header: c.milestoneSlipDays, kind: 'integer', width: 20, value: (r) => r.milestone.slipDays },
    {
      header: c.milestoneState,
      kind: 'text',
      width: WIDTH.label,
      value: (r) => labels.milestoneState[r.milestone.state],
    },
  ];
}

/** One row per measurement of a key figure, with its project and the figure's baseline and target. */
export function kpiColumns(locale: Locale): Column<KpiExportRow>[] {
  const c = EXPORT_LABELS[locale].column;
  return [
    { header: c.code, kind: 'text', width: WIDTH.code, value: (r) => r.project.code },
    { header: c.project, kind: 'text', width: WIDTH.title, value: (r) => r.project.title },
    { header: c.kpi, kind: 'text', width: WIDTH.title, value: (r) => r.kpi.name },
    { header: c.kpiUnit, kind: 'text', width: WIDTH.label, value: (r) => r.kpi.unit },
    { header: c.kpiBaseline, kind: 'number', width: 14, value: (r) => r.kpi.baseline },
    { header: c.kpiTarget, kind: 'number', width: 12, value: (r) => r.kpi.target },
    { header: c.kpiDate, kind: 'date', width: WIDTH.date, value: (r) => r.measurement.date },
    { header: c.kpiValue, kind: 'number', width: 12, value: (r) => r.measurement.value },
    { header: c.kpiNote, kind: 'text', width: WIDTH.title, value: (r) => r.measurement.note },
  ];
}

// ---------------------------------------------------------------- The Sachstandsbericht (report.xlsx)

/** A key figure of a project as of the Stichtag, with its newest measurement by then (read along). */
export interface ReportKpiRow {
  project: ExportProject;
  kpi: KpiRow;
}

/** A line of the overview: what it is, its value and of which kind that is. */
export interface OverviewRow {
  item: string;
  kind: CellKind;
  value: CellValue;
}

/** One change of the interval: its kind, its project, what changed (a milestone, a risk), from and to, when, by how many days. */
export interface ChangeRow {
  kind: string;
  project: { code: string; title: string } | null;
  what: string | null;
  /** Text (a health) or an ISO date (a due date), as `valuesKind` says. */
  from: string | null;
  to: string | null;
  valuesKind: 'text' | 'date';
  date: string | null;
  days: number | null;
}

/** The overview's two columns: what each line is, and its value, typed line by line (dates, counts, amounts). */
export function overviewColumns(locale: Locale): Column<OverviewRow>[] {
  const h = EXPORT_LABELS[locale].report.column;
  return [
    { header: h.item, kind: 'text', width: 48, value: (r) => r.item },
    { header: h.value, kind: 'text', width: 40, value: (r) => r.value, kindOf: (r) => r.kind },
  ];
}

/** A project of the Sachstandsbericht, with the codes of the prerequisites whose slip reaches it then (Project.endangeredBy). */
export type ReportProject = ExportProject & { endangeredBy: readonly string[] };

/** A project as it stood on the Stichtag: the facts the report shows of it, its latest report of then. */
export function reportProjectColumns(locale: Locale, timeZone: string): Column<ReportProject>[] {
  const labels = EXPORT_LABELS[locale];
  const c = labels.column;
  const h = labels.report.column;
  return [
    { header: c.code, kind: 'text', width: WIDTH.code, value: (p) => p.code },
    { header: c.title, kind: 'text', width: WIDTH.title, value: (p) => p.title },
    { header: c.field, kind: 'text', width: 30, value: (p) => related(p, 'field')?.name ?? null },
    { header: c.lead, kind: 'text', width: WIDTH.name, value: (p) => related(p, 'lead')?.name ?? null },
    {
      header: c.health,
      kind: 'text',
      width: WIDTH.label,
      value: (p) => (p.preloaded?.latestStatus ? labels.health[p.health] : labels.notReported),
    },
    { header: c.phase, kind: 'text', width: WIDTH.label, value: (p) => labels.phase[p.phase] },
    { header: c.progress, kind: 'percent', width: 12, value: (p) => p.progress },
    {
      header: h.statusDate,
      kind: 'date',
      width: WIDTH.date,
      value: (p) => {
        const status = p.preloaded?.latestStatus;
        return status ? todayIn(timeZone, new Date(status.createdAt)) : null;
      },
    },
    { header: h.statusSummary, kind: 'text', width: 60, value: (p) => p.preloaded?.latestStatus?.summary ?? null },
    { header: c.plannedEndDate, kind: 'date', width: 15, value: (p) => p.plannedEndDate },
    { header: c.forecastEndDate, kind: 'date', width: 15, value: (p) => p.forecastEndDate },
    { header: h.endangeredBy, kind: 'text', width: 20, value: (p) => p.endangeredBy.join(', ') || null },
    { header: c.budgetPlanned, kind: 'money', width: WIDTH.money, value: (p) => p.budgetPlanned },
    { header: c.budgetSpent, kind: 'money', width: 18, value: (p) => p.budgetSpent },
  ];
}

/** A key figure as of the Stichtag: its target and its newest value measured by then. */
export function reportKpiColumns(locale: Locale): Column<ReportKpiRow>[] {
  const c = EXPORT_LABELS[locale].column;
  const h = EXPORT_LABELS[locale].report.column;
  return [
    { header: c.code, kind: 'text', width: WIDTH.code, value: (r) => r.project.code },
    { header: c.project, kind: 'text', width: WIDTH.title, value: (r) => r.project.title },
    { header: c.kpi, kind: 'text', width: WIDTH.title, value: (r) => r.kpi.name },
    { header: c.kpiUnit, kind: 'text', width: WIDTH.label, value: (r) => r.kpi.unit },
    { header: c.kpiBaseline, kind: 'number', width: 14, value: (r) => r.kpi.baseline },
    { header: c.kpiTarget, kind: 'number', width: 12, value: (r) => r.kpi.target },
    { header: c.kpiValue, kind: 'number', width: 12, value: (r) => r.kpi.preloaded?.latest?.value ?? null },
    { header: h.kpiLatestDate, kind: 'date', width: 14, value: (r) => r.kpi.preloaded?.latest?.date ?? null },
  ];
}

/** The changes between the comparison date and the Stichtag, one per row. */
export function changeColumns(locale: Locale): Column<ChangeRow>[] {
  const c = EXPORT_LABELS[locale].column;
  const h = EXPORT_LABELS[locale].report.column;
  return [
    { header: h.changeKind, kind: 'text', width: 24, value: (r) => r.kind },
    { header: c.code, kind: 'text', width: WIDTH.code, value: (r) => r.project?.code ?? null },
    { header: c.project, kind: 'text', width: WIDTH.title, value: (r) => r.project?.title ?? null },
    { header: h.changeWhat, kind: 'text', width: WIDTH.title, value: (r) => r.what },
    { header: h.changeFrom, kind: 'text', width: WIDTH.label, value: (r) => r.from, kindOf: (r) => r.valuesKind },
    { header: h.changeTo, kind: 'text', width: WIDTH.label, value: (r) => r.to, kindOf: (r) => r.valuesKind },
    { header: h.changeDate, kind: 'date', width: WIDTH.date, value: (r) => r.date },
    { header: h.changeDays, kind: 'integer', width: 10, value: (r) => r.days },
  ];
}
