import type {
  Health,
  OrderDirection,
  ProjectFilter,
  ProjectOrderField,
  ProjectPhase,
} from '../../graphql/generated/graphql';

/**
 * The state of a project view (filters, sort, page) lives in the address, so that a view can
 * be shared by link. The parameter names are German, as the people who share the links speak;
 * the values are the API's enum names and ids. Defaults are left out of the address.
 */

export const HEALTHS: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
export const PHASES: readonly ProjectPhase[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
export const ORDER_FIELDS: readonly ProjectOrderField[] = ['CODE', 'TITLE', 'PLANNED_END_DATE', 'HEALTH', 'UPDATED_AT'];
const DIRECTIONS: readonly OrderDirection[] = ['ASC', 'DESC'];

export interface ProjectFilterState {
  search: string;
  health: Health[];
  phase: ProjectPhase[];
  strategyId: string | null;
  fieldId: string[];
  departmentId: string[];
  leadId: string[];
  tags: string[];
  /** Only projects without a status update for this many days; null for all. */
  staleForDays: number | null;
}

export interface ProjectViewState {
  filter: ProjectFilterState;
  sort: { field: ProjectOrderField; direction: OrderDirection };
  /** 1-based. */
  page: number;
}

export const PARAM = {
  search: 'suche',
  health: 'status',
  phase: 'phase',
  strategyId: 'strategie',
  fieldId: 'handlungsfeld',
  departmentId: 'amt',
  leadId: 'leitung',
  tags: 'schlagwort',
  staleForDays: 'ohne-bericht-seit',
  sort: 'sortierung',
  direction: 'richtung',
  page: 'seite',
} as const;

export const EMPTY_FILTER: ProjectFilterState = {
  search: '',
  health: [],
  phase: [],
  strategyId: null,
  fieldId: [],
  departmentId: [],
  leadId: [],
  tags: [],
  staleForDays: null,
};

export const DEFAULT_VIEW: ProjectViewState = {
  filter: EMPTY_FILTER,
  sort: { field: 'CODE', direction: 'ASC' },
  page: 1,
};

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 ? number : null;
}

export function parseFilter(params: URLSearchParams): ProjectFilterState {
  return {
    search: (params.get(PARAM.search) ?? '').trim(),
    health: oneOf(HEALTHS, params.getAll(PARAM.health)),
    phase: oneOf(PHASES, params.getAll(PARAM.phase)),
    strategyId: params.get(PARAM.strategyId) || null,
    fieldId: distinct(params.getAll(PARAM.fieldId)),
    departmentId: distinct(params.getAll(PARAM.departmentId)),
    leadId: distinct(params.getAll(PARAM.leadId)),
    tags: distinct(params.getAll(PARAM.tags)),
    staleForDays: positiveInt(params.get(PARAM.staleForDays)),
  };
}

export function parseView(params: URLSearchParams): ProjectViewState {
  const field = params.get(PARAM.sort);
  const direction = params.get(PARAM.direction);
  return {
    filter: parseFilter(params),
    sort: {
      field: ORDER_FIELDS.find((candidate) => candidate === field) ?? DEFAULT_VIEW.sort.field,
      direction: DIRECTIONS.find((candidate) => candidate === direction) ?? DEFAULT_VIEW.sort.direction,
    },
    page: positiveInt(params.get(PARAM.page)) ?? 1,
  };
}

/** Writes a filter into params, in a stable order, leaving out what is empty. */
export function writeFilter(filter: ProjectFilterState, params = new URLSearchParams()): URLSearchParams {
  if (filter.search.trim()) params.set(PARAM.search, filter.search.trim());
  HEALTHS.filter((health) => filter.health.includes(health)).forEach((value) => params.append(PARAM.health, value));
  PHASES.filter((phase) => filter.phase.includes(phase)).forEach((value) => params.append(PARAM.phase, value));
  if (filter.strategyId) params.set(PARAM.strategyId, filter.strategyId);
  distinct(filter.fieldId).forEach((value) => params.append(PARAM.fieldId, value));
  distinct(filter.departmentId).forEach((value) => params.append(PARAM.departmentId, value));
  distinct(filter.leadId).forEach((value) => params.append(PARAM.leadId, value));
  distinct(filter.tags).forEach((value) => params.append(PARAM.tags, value));
  if (filter.staleForDays) params.set(PARAM.staleForDays, String(filter.staleForDays));
  return params;
}

export function writeView(view: ProjectViewState): URLSearchParams {
  const params = writeFilter(view.filter);
  if (view.sort.field !== DEFAULT_VIEW.sort.field) params.set(PARAM.sort, view.sort.field);
  if (view.sort.direction !== DEFAULT_VIEW.sort.direction) params.set(PARAM.direction, view.sort.direction);
  if (view.page > 1) params.set(PARAM.page, String(view.page));
  return params;
}

/** The API's filter input for a filter state; null where nothing is filtered. */
export function toProjectFilter(filter: ProjectFilterState): ProjectFilter | null {
  const input: ProjectFilter = {};
  if (filter.search.trim()) input.search = filter.search.trim();
  if (filter.health.length) input.health = filter.health;
  if (filter.phase.length) input.phase = filter.phase;
  if (filter.strategyId) input.strategyId = filter.strategyId;
  if (filter.fieldId.length) input.fieldId = filter.fieldId;
  if (filter.departmentId.length) input.departmentId = filter.departmentId;
  if (filter.leadId.length) input.leadId = filter.leadId;
  if (filter.tags.length) input.tags = filter.tags;
  if (filter.staleForDays) input.staleForDays = filter.staleForDays;
  return Object.keys(input).length ? input : null;
}

export function isFiltered(filter: ProjectFilterState): boolean {
  return toProjectFilter(filter) !== null;
}

/** A link's query string for a filter ('' where nothing is filtered, else '?…'). */
export function filterQuery(filter: ProjectFilterState): string {
  const query = writeFilter(filter).toString();
  return query ? `?${query}` : '';
}
