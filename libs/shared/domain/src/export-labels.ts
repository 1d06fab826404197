import type { Locale } from './format';
import type { HealthName, PhaseName } from './project-filter-params';
import type { MilestoneState } from './enums';

/**
 * The words of the server's exports (column headers and the values of the enums), in the words of
 * the web client, so that a spreadsheet reads like the page it came from. A web test holds the two
 * together.
 */
export interface ExportLabels {
  column: {
    code: string;
    title: string;
    health: string;
    phase: string;
    progress: string;
    field: string;
    department: string;
    lead: string;
    sponsor: string;
    startDate: string;
    plannedEndDate: string;
    forecastEndDate: string;
    actualEndDate: string;
    budgetPlanned: string;
    budgetSpent: string;
    currency: string;
    tags: string;
    project: string;
    milestone: string;
    milestonePlanned: string;
    milestoneForecast: string;
    milestoneCompleted: string;
    milestoneDue: string;
    milestoneSlipDays: string;
    milestoneState: string;
    kpi: string;
    kpiUnit: string;
    kpiBaseline: string;
    kpiTarget: string;
    kpiDate: string;
    kpiValue: string;
    kpiNote: string;
  };
  health: Record<HealthName, string>;
  notReported: string;
  phase: Record<PhaseName, string>;
  milestoneState: Record<`${MilestoneState}`, string>;
  sheet: { projects: string; milestones: string; kpis: string };
  /** The file names' first part, before the date. */
  file: { projects: string; milestones: string; kpis: string };
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  de: {
    column: {
      code: 'Kürzel',
      title: 'Titel',
      health: 'Status',
      phase: 'Phase',
      progress: 'Fortschritt',
      field: 'Handlungsfeld',
      department: 'Amt',
      lead: 'Projektleitung',
      sponsor: 'Auftraggeber',
      startDate: 'Beginn',
      plannedEndDate: 'Geplantes Ende',
      forecastEndDate: 'Erwartetes Ende',
      actualEndDate: 'Tatsächliches Ende',
      budgetPlanned: 'Budget geplant',
      budgetSpent: 'Budget ausgegeben',
      currency: 'Währung',
      tags: 'Schlagwörter',
      project: 'Projekt',
      milestone: 'Meilenstein',
      milestonePlanned: 'Geplant (Basis)',
      milestoneForecast: 'Prognose',
      milestoneCompleted: 'Erledigt am',
      milestoneDue: 'Fällig',
      milestoneSlipDays: 'Verschiebung (Tage)',
      milestoneState: 'Zustand',
      kpi: 'Kennzahl',
      kpiUnit: 'Einheit',
      kpiBaseline: 'Ausgangswert',
      kpiTarget: 'Ziel',
      kpiDate: 'Datum',
      kpiValue: 'Wert',
      kpiNote: 'Anmerkung',
    },
    health: { ON_TRACK: 'Im Plan', AT_RISK: 'Gefährdet', OFF_TRACK: 'Kritisch' },
    notReported: 'Noch kein Bericht',
    phase: {
      IDEA: 'Idee',
      PLANNED: 'Geplant',
      IN_PROGRESS: 'In Umsetzung',
      ON_HOLD: 'Pausiert',
      COMPLETED: 'Abgeschlossen',
      CANCELLED: 'Abgebrochen',
    },
    milestoneState: { UPCOMING: 'Anstehend', DUE_SOON: 'Bald fällig', OVERDUE: 'Überfällig', DONE: 'Erledigt' },
    sheet: { projects: 'Projekte', milestones: 'Meilensteine', kpis: 'Kennzahlen' },
    file: { projects: 'projekte', milestones: 'meilensteine', kpis: 'kennzahlen' },
  },
  en: {
    column: {
      code: 'Code',
      title: 'Title',
      health: 'Health',
      phase: 'Phase',
      progress: 'Progress',
      field: 'Field of action',
      department: 'Department',
      lead: 'Project lead',
      sponsor: 'Sponsor',
      startDate: 'Start',
      plannedEndDate: 'Planned end',
      forecastEndDate: 'Expected end',
      actualEndDate: 'Actual end',
      budgetPlanned: 'Budget planned',
      budgetSpent: 'Budget spent',
      currency: 'Currency',
      tags: 'Tags',
      project: 'Project',
      milestone: 'Milestone',
      milestonePlanned: 'Planned (baseline)',
      milestoneForecast: 'Forecast',
      milestoneCompleted: 'Completed on',
      milestoneDue: 'Due',
      milestoneSlipDays: 'Slip (days)',
      milestoneState: 'State',
      kpi: 'Key figure',
      kpiUnit: 'Unit',
      kpiBaseline: 'Baseline',
      kpiTarget: 'Target',
      kpiDate: 'Date',
      kpiValue: 'Value',
      kpiNote: 'Note',
    },
    health: { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track' },
    notReported: 'No report yet',
    phase: {
      IDEA: 'Idea',
      PLANNED: 'Planned',
      IN_PROGRESS: 'In progress',
      ON_HOLD: 'On hold',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
    },
    milestoneState: { UPCOMING: 'Upcoming', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', DONE: 'Done' },
    sheet: { projects: 'Projects', milestones: 'Milestones', kpis: 'Key figures' },
    file: { projects: 'projects', milestones: 'milestones', kpis: 'key-figures' },
  },
};
