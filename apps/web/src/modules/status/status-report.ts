import type { Locale } from '@leitstand/shared-domain';
import type { Health, ProjectPhase, StatusReportProjectFragment } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/messages';

/**
 * The status report form's values and rules, free of React so that they can be tested alone.
 * Field names: health, progress, phase, summary, achievements, nextSteps, blockers,
 * `forecast.<milestoneId>` and `kpi.<kpiId>`.
 */

export interface StatusReportValues {
  health: Health | '';
  /** As typed; checked to be a whole number from 0 to 100. */
  progress: string;
  phase: ProjectPhase;
  summary: string;
  achievements: string;
  nextSteps: string;
  blockers: string;
  /**
   * The forecast per open milestone, as the date field gives it (2026-03-31); a draft kept from
   * before may hold 31.03.2026 or 31/03/2026. '' means "as planned".
   */
  forecasts: Record<string, string>;
  /** A new value per key figure, as typed in the language's notation; '' means none. */
  kpiValues: Record<string, string>;
}

export type StatusReportErrors = Record<string, MessageKey>;

/** Longest text that a field takes. */
export const MAX_TEXT = 4000;

export function openMilestones(project: StatusReportProjectFragment) {
  return project.milestones.filter((milestone) => milestone.state !== 'DONE' && !milestone.completedDate);
}

export function initialValues(project: StatusReportProjectFragment): StatusReportValues {
  return {
    health: project.health,
    progress: String(project.progress),
    phase: project.phase,
    summary: '',
    achievements: '',
    nextSteps: '',
    blockers: '',
    forecasts: Object.fromEntries(
      openMilestones(project).map((milestone) => [milestone.id, milestone.forecastDate ?? '']),
    ),
    kpiValues: Object.fromEntries(project.kpis.map((kpi) => [kpi.id, ''])),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as people type it, day first: 31.03.2026 (German), 31/03/2026 (English) or ISO
 * 2026-03-31, whatever the language of the form; as an ISO date, or null where it is none.
 * Month-first (US) dates are never guessed.
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

/** A real calendar date in ISO form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A number as people type it: 1.234,5 or 1234,5 in German, 1,234.5 or 1234.5 in English; a plain
 * 1234.5 is understood in both. Null where it is no number.
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!value) return null;
  const [group, decimal] = locale === 'de' ? ['.', ','] : [',', '.'];
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  let normalised: string | null = null;
  if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(value)) {
    normalised = value.split(group).join('').replace(decimal, '.');
  } else if (new RegExp(`^-?\\d+(${d}\\d+)?$`).test(value)) {
    normalised = value.replace(decimal, '.');
  } else if (/^-?\d+(\.\d+)?$/.test(value)) {
    normalised = value;
  }
  if (normalised === null) return null;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}

/** Checks the form before anything is sent; returns the message key per field at fault. */
export function validateStatusReport(values: StatusReportValues, locale: Locale): StatusReportErrors {
  const errors: StatusReportErrors = {};
  if (!values.health) errors.health = 'status.error.health';
  const progress = values.progress.trim();
  if (!/^\d{1,3}$/.test(progress) || Number(progress) > 100) errors.progress = 'status.error.progress';
  if (!values.summary.trim()) errors.summary = 'status.error.summary';
  for (const field of ['summary', 'achievements', 'nextSteps', 'blockers'] as const) {
    if (values[field].length > MAX_TEXT) errors[field] = 'status.error.tooLong';
  }
  for (const [id, date] of Object.entries(values.forecasts)) {
    if (date.trim() && parseDateInput(date) === null) errors[`forecast.${id}`] = 'status.error.date';
  }
  for (const [id, text] of Object.entries(values.kpiValues)) {
    if (text.trim() && parseLocaleNumber(text, locale) === null) errors[`kpi.${id}`] = 'status.error.number';
  }
  return errors;
}

/** The form field that an API error path points at, for the operation that failed. */
export function formFieldOfApiPath(
  path: string,
  step: { kind: 'status' } | { kind: 'milestone'; id: string } | { kind: 'kpi'; id: string },
): string | null {
  const field = path.replace(/^input\./, '');
  if (step.kind === 'milestone') return `forecast.${step.id}`;
  if (step.kind === 'kpi') return `kpi.${step.id}`;
  return ['health', 'progress', 'phase', 'summary', 'achievements', 'nextSteps', 'blockers'].includes(field)
    ? field
    : null;
}

/** The fields in the order the form shows them, for the error summary. */
export function fieldOrder(project: StatusReportProjectFragment): string[] {
  return [
    'health',
    'progress',
    'phase',
    'summary',
    'achievements',
    'nextSteps',
    'blockers',
    ...openMilestones(project).map((milestone) => `forecast.${milestone.id}`),
    ...project.kpis.map((kpi) => `kpi.${kpi.id}`),
  ];
}

/** A DOM id for a form field name. */
export function fieldId(field: string): string {
  return `status-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
