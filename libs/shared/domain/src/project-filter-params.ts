import { Health, MilestoneState, ProjectPhase } from './enums';

/**
 * A view of the portfolio in an address: the web client's list (`/projekte?status=OFF_TRACK`) and
 * the server's export of the same view (`/api/export/projects.xlsx?status=OFF_TRACK`) read and
 * write it here, so that a link of one is a link of the other. The parameter names are German,
 * as the people who share the links speak; the values are the API's enum names and ids.
 */

export type HealthName = `${Health}`;
export type PhaseName = `${ProjectPhase}`;
export type MilestoneStateName = `${MilestoneState}`;
export type ProjectOrderFieldName = 'CODE' | 'TITLE' | 'PLANNED_END_DATE' | 'HEALTH' | 'UPDATED_AT';
export type OrderDirectionName = 'ASC' | 'DESC';

export const HEALTH_NAMES: readonly HealthName[] = Object.values(Health);
export const PHASE_NAMES: readonly PhaseName[] = Object.values(ProjectPhase);
export const MILESTONE_STATE_NAMES: readonly MilestoneStateName[] = Object.values(MilestoneState);
export const PROJECT_ORDER_FIELDS: readonly ProjectOrderFieldName[] = [
  'CODE',
  'TITLE',
  'PLANNED_END_DATE',
  'HEALTH',
  'UPDATED_AT',
];
export const ORDER_DIRECTIONS: readonly OrderDirectionName[] = ['ASC', 'DESC'];

/** The most days that "without a report for" may name (ten years), as the API's filter allows. */
export const MAX_STALE_DAYS = 3650;

export interface ProjectFilterParams {
  search: string;
  health: HealthName[];
  phase: PhaseName[];
  strategyId: string | null;
  fieldId: string[];
  departmentId: string[];
  leadId: string[];
  tags: string[];
  /** Only projects without a status update for this many days; null for all. */
  staleForDays: number | null;
  /** Only projects with a milestone in any of these states (e.g. overdue); empty for all. */
  milestoneState: MilestoneStateName[];
  /** Only projects with a status report (true) or only those without any (false); null for all. */
  reported: boolean | null;
  /** Archived projects too; they are left out otherwise. */
  includeArchived: boolean;
}

export interface ProjectSortParams {
  field: ProjectOrderFieldName;
  direction: OrderDirectionName;
}

export const FILTER_PARAM = {
  search: 'suche',
  health: 'status',
  phase: 'phase',
  strategyId: 'strategie',
  fieldId: 'handlungsfeld',
  departmentId: 'amt',
  leadId: 'leitung',
  tags: 'schlagwort',
  staleForDays: 'ohne-bericht-seit',
  milestoneState: 'meilensteine',
  reported: 'bericht',
  includeArchived: 'archivierte',
} as const satisfies Record<keyof ProjectFilterParams, string>;

export const SORT_PARAM = { field: 'sortierung', direction: 'richtung' } as const;

export const NO_FILTER: ProjectFilterParams = {
  search: '',
  health: [],
  phase: [],
  strategyId: null,
  fieldId: [],
  departmentId: [],
  leadId: [],
  tags: [],
  staleForDays: null,
  milestoneState: [],
  reported: null,
  includeArchived: false,
};

/** `archivierte=ja` shows the archived projects as well. */
export const ARCHIVED_YES = 'ja';

/** `bericht=ja` keeps the projects with a status report, `bericht=nein` those without any. */
export const REPORTED_VALUES = { ja: true, nein: false } as const;

export const DEFAULT_SORT: ProjectSortParams = { field: 'CODE', direction: 'ASC' };

/** A value of an address that the reader could not take: the parameter, and what it expects. */
export interface ParamProblem {
  param: string;
  message: string;
}

/** What was read from an address, and what it had to leave out. */
export interface ParamsRead<T> {
  value: T;
  problems: ParamProblem[];
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

function enumValues<T extends string>(
  params: URLSearchParams,
  param: string,
  allowed: readonly T[],
  problems: ParamProblem[],
): T[] {
  const given = params.getAll(param);
  const unknown = given.filter((value) => !allowed.includes(value as T));
  if (unknown.length > 0) problems.push({ param, message: `'${unknown[0]}' is none of ${allowed.join(', ')}` });
  return allowed.filter((value) => given.includes(value));
}

function single(params: URLSearchParams, param: string, problems: ParamProblem[]): string | null {
  const given = params.getAll(param);
  if (given.length > 1) problems.push({ param, message: 'may be given only once' });
  return given[0] ?? null;
}

/**
 * The filter of an address. What it cannot take (a value of no enum, a day count that is no whole
 * number from 1 to 3650, `archivierte` other than `ja`, `bericht` other than `ja` or `nein`, a parameter given twice that takes one value) is left out of the filter and
 * named in `problems`: the web client drops it, the export refuses the request.
 */
export function readProjectFilter(params: URLSearchParams): ParamsRead<ProjectFilterParams> {
  const problems: ParamProblem[] = [];
  const stale = single(params, FILTER_PARAM.staleForDays, problems);
  let staleForDays: number | null = null;
  if (stale !== null) {
    const days = /^\d{1,6}$/.test(stale) ? Number(stale) : NaN;
    if (days >= 1 && days <= MAX_STALE_DAYS) staleForDays = days;
    else
      problems.push({
        param: FILTER_PARAM.staleForDays,
        message: `must be a whole number of days from 1 to ${MAX_STALE_DAYS}`,
      });
  }
  const archived = single(params, FILTER_PARAM.includeArchived, problems);
  if (archived !== null && archived !== ARCHIVED_YES)
    problems.push({
      param: FILTER_PARAM.includeArchived,
      message: `must be '${ARCHIVED_YES}' (with the archived projects) or left out`,
    });
  const reportedGiven = single(params, FILTER_PARAM.reported, problems);
  const reported = reportedGiven === null ? undefined : REPORTED_VALUES[reportedGiven as keyof typeof REPORTED_VALUES];
  if (reportedGiven !== null && reported === undefined)
    problems.push({ param: FILTER_PARAM.reported, message: "must be 'ja' (with a report) or 'nein' (without any)" });
  const value: ProjectFilterParams = {
    search: (single(params, FILTER_PARAM.search, problems) ?? '').trim(),
    health: enumValues(params, FILTER_PARAM.health, HEALTH_NAMES, problems),
    phase: enumValues(params, FILTER_PARAM.phase, PHASE_NAMES, problems),
    strategyId: single(params, FILTER_PARAM.strategyId, problems)?.trim() || null,
    fieldId: distinct(params.getAll(FILTER_PARAM.fieldId)),
    departmentId: distinct(params.getAll(FILTER_PARAM.departmentId)),
    leadId: distinct(params.getAll(FILTER_PARAM.leadId)),
    tags: distinct(params.getAll(FILTER_PARAM.tags)),
    staleForDays,
    milestoneState: enumValues(params, FILTER_PARAM.milestoneState, MILESTONE_STATE_NAMES, problems),
    reported: reported ?? null,
    includeArchived: archived === ARCHIVED_YES,
  };
  return { value, problems };
}

/** The sort order of an address; what it cannot take is left out (the default instead) and named. */
export function readProjectSort(params: URLSearchParams): ParamsRead<ProjectSortParams> {
  const problems: ParamProblem[] = [];
  const field = single(params, SORT_PARAM.field, problems);
  const direction = single(params, SORT_PARAM.direction, problems);
  const value: ProjectSortParams = { ...DEFAULT_SORT };
  if (field !== null) {
    const known = PROJECT_ORDER_FIELDS.find((candidate) => candidate === field);
    if (known) value.field = known;
    else
      problems.push({ param: SORT_PARAM.field, message: `'${field}' is none of ${PROJECT_ORDER_FIELDS.join(', ')}` });
  }
  if (direction !== null) {
    const known = ORDER_DIRECTIONS.find((candidate) => candidate === direction);
    if (known) value.direction = known;
    else
      problems.push({
        param: SORT_PARAM.direction,
        message: `'${direction}' is none of ${ORDER_DIRECTIONS.join(', ')}`,
      });
  }
  return { value, problems };
}

/** Writes a filter into params, in a stable order, leaving out what is empty. */
export function writeProjectFilter(filter: ProjectFilterParams, params = new URLSearchParams()): URLSearchParams {
  if (filter.search.trim()) params.set(FILTER_PARAM.search, filter.search.trim());
  HEALTH_NAMES.filter((health) => filter.health.includes(health)).forEach((value) =>
    params.append(FILTER_PARAM.health, value),
  );
  PHASE_NAMES.filter((phase) => filter.phase.includes(phase)).forEach((value) =>
    params.append(FILTER_PARAM.phase, value),
  );
  if (filter.strategyId) params.set(FILTER_PARAM.strategyId, filter.strategyId);
  distinct(filter.fieldId).forEach((value) => params.append(FILTER_PARAM.fieldId, value));
  distinct(filter.departmentId).forEach((value) => params.append(FILTER_PARAM.departmentId, value));
  distinct(filter.leadId).forEach((value) => params.append(FILTER_PARAM.leadId, value));
  distinct(filter.tags).forEach((value) => params.append(FILTER_PARAM.tags, value));
  if (filter.staleForDays) params.set(FILTER_PARAM.staleForDays, String(filter.staleForDays));
  MILESTONE_STATE_NAMES.filter((state) => filter.milestoneState.includes(state)).forEach((value) =>
    params.append(FILTER_PARAM.milestoneState, value),
  );
  if (filter.reported !== null) params.set(FILTER_PARAM.reported, filter.reported ? 'ja' : 'nein');
  if (filter.includeArchived) params.set(FILTER_PARAM.includeArchived, ARCHIVED_YES);
  return params;
}

/** Writes a sort order into params, leaving out what is the default. */
export function writeProjectSort(sort: ProjectSortParams, params = new URLSearchParams()): URLSearchParams {
  if (sort.field !== DEFAULT_SORT.field) params.set(SORT_PARAM.field, sort.field);
  if (sort.direction !== DEFAULT_SORT.direction) params.set(SORT_PARAM.direction, sort.direction);
  return params;
}

/** The server's exports of the portfolio's views; each takes a view's filter as its query. */
export const EXPORT_PATH = {
  projects: '/api/export/projects',
  milestones: '/api/export/milestones',
  kpis: '/api/export/kpis',
} as const;

export type ExportFormat = 'xlsx' | 'csv';

/**
 * The Sachstandsbericht as a workbook: `/api/export/report.xlsx?asOf=2026-12-31&since=2025-12-31`,
 * the Stichtag and the comparison date as calendar dates (each meaning the end of its day).
 */
export const REPORT_EXPORT_PATH = '/api/export/report.xlsx';
export const REPORT_EXPORT_PARAM = { asOf: 'asOf', since: 'since' } as const;

/** The roadmap shows done milestones only with `erledigte=ja`; its export follows it. */
export const DONE_PARAM = 'erledigte';
export const DONE_YES = 'ja';
/** The language of an export's headers and cells: `de` (the default) or `en`. */
export const LOCALE_PARAM = 'locale';
