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
  file: { projects: string; milestones: string; kpis: string; report: string };
  /** The Sachstandsbericht's workbook (report.xlsx): its sheets, the overview's lines, the kinds of change. */
  report: {
    sheet: { overview: string; projects: string; milestones: string; kpis: string; changes: string };
    /** The headers of its own columns (kept apart from `column`, whose headers the import reads). */
    column: {
      statusSummary: string;
      statusDate: string;
      /** The prerequisites whose slip reaches the project (Project.endangeredBy), by code. */
      endangeredBy: string;
      kpiLatestDate: string;
      item: string;
      value: string;
      changeKind: string;
      changeWhat: string;
      changeFrom: string;
      changeTo: string;
      changeDate: string;
      changeDays: string;
    };
    overview: {
      strategy: string;
      asOf: string;
      since: string;
      created: string;
      projects: string;
      milestonesOverdue: string;
      milestonesDueSoon: string;
      staleProjects: string;
      statusUpdatesPosted: string;
    };
    change: {
      projectCreated: string;
      projectCompleted: string;
      projectCancelled: string;
      health: string;
      milestoneCompleted: string;
      milestoneSlipped: string;
      riskOpened: string;
    };
    /** The former health of a project whose first report made its health. */
    firstReport: string;
  };
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
    file: { projects: 'projekte', milestones: 'meilensteine', kpis: 'kennzahlen', report: 'sachstandsbericht' },
    report: {
      sheet: {
        overview: 'Übersicht',
        projects: 'Projekte',
        milestones: 'Meilensteine',
        kpis: 'Kennzahlen',
        changes: 'Veränderungen',
      },
      column: {
        statusSummary: 'Letzter Statusbericht',
        statusDate: 'Bericht vom',
        endangeredBy: 'Gefährdet durch',
        kpiLatestDate: 'Gemessen am',
        item: 'Angabe',
        value: 'Wert',
        changeKind: 'Veränderung',
        changeWhat: 'Gegenstand',
        changeFrom: 'Vorher',
        changeTo: 'Nachher',
        changeDate: 'Am',
        changeDays: 'Tage',
      },
      overview: {
        strategy: 'Strategie',
        asOf: 'Stichtag',
        since: 'Vergleich mit dem Stand vom',
        created: 'Erstellt am',
        projects: 'Projekte',
        milestonesOverdue: 'Meilensteine überfällig',
        milestonesDueSoon: 'Meilensteine bald fällig',
        staleProjects: 'Projekte ohne Statusbericht seit 30 Tagen',
        statusUpdatesPosted: 'Statusberichte eingegangen seit dem Vergleich',
      },
      change: {
        projectCreated: 'Projekt neu angelegt',
        projectCompleted: 'Projekt abgeschlossen',
        projectCancelled: 'Projekt abgebrochen',
        health: 'Wechsel des Status',
        milestoneCompleted: 'Meilenstein erreicht',
        milestoneSlipped: 'Meilenstein verschoben',
        riskOpened: 'Risiko neu offen',
      },
      firstReport: 'erster Bericht',
    },
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
    file: { projects: 'projects', milestones: 'milestones', kpis: 'key-figures', report: 'progress-report' },
    report: {
      sheet: {
        overview: 'Overview',
        projects: 'Projects',
        milestones: 'Milestones',
        kpis: 'Key figures',
        changes: 'Changes',
      },
      column: {
        statusSummary: 'Latest status report',
        statusDate: 'Report of',
        endangeredBy: 'Endangered by',
        kpiLatestDate: 'Measured on',
        item: 'Item',
        value: 'Value',
        changeKind: 'Change',
        changeWhat: 'Subject',
        changeFrom: 'Before',
        changeTo: 'After',
        changeDate: 'On',
        changeDays: 'Days',
      },
      overview: {
        strategy: 'Strategy',
        asOf: 'Reference date',
        since: 'Compared with the state of',
        created: 'Created on',
        projects: 'Projects',
        milestonesOverdue: 'Milestones overdue',
        milestonesDueSoon: 'Milestones due soon',
        staleProjects: 'Projects without a status report for 30 days',
        statusUpdatesPosted: 'Status reports posted since the comparison',
      },
      change: {
        projectCreated: 'Project created',
        projectCompleted: 'Project completed',
        projectCancelled: 'Project cancelled',
        health: 'Change of health',
        milestoneCompleted: 'Milestone completed',
        milestoneSlipped: 'Milestone moved',
        riskOpened: 'Risk newly open',
      },
      firstReport: 'first report',
    },
  },
};
