import type {
  Health,
  MilestoneState,
  OrderDirection,
  ProjectFilter,
  ProjectOrderField,
  ProjectPhase,
} from '../../graphql/generated/graphql';
import {
  DEFAULT_SORT,
  FILTER_PARAM,
  HEALTH_NAMES,
  MILESTONE_STATE_NAMES,
  NO_FILTER,
  PHASE_NAMES,
  PROJECT_ORDER_FIELDS,
  ProjectFilterParams,
  readProjectFilter,
  readProjectSort,
  SORT_PARAM,
  writeProjectFilter,
  writeProjectSort,
} from '@leitstand/shared-domain';

/**
 * The state of a project view (filters, sort, page) lives in the address, so that a view can
 * be shared by link. The parameter names are German, as the people who share the links speak;
 * the values are the API's enum names and ids. Defaults are left out of the address. The filter's
 * parameters are shared with the server's export (@leitstand/shared-domain), so that the export of
 * a view takes the view's own query.
 */

export const HEALTHS: readonly Health[] = HEALTH_NAMES;
export const PHASES: readonly ProjectPhase[] = PHASE_NAMES;
export const MILESTONE_STATES: readonly MilestoneState[] = MILESTONE_STATE_NAMES;
export const ORDER_FIELDS: readonly ProjectOrderField[] = PROJECT_ORDER_FIELDS;

export type ProjectFilterState = ProjectFilterParams;

export interface ProjectViewState {
  filter: ProjectFilterState;
  sort: { field: ProjectOrderField; direction: OrderDirection };
  /** 1-based. */
  page: number;
}

export const PARAM = {
  ...FILTER_PARAM,
  sort: SORT_PARAM.field,
  direction: SORT_PARAM.direction,
  page: 'seite',
} as const;

export const EMPTY_FILTER: ProjectFilterState = NO_FILTER;

export const DEFAULT_VIEW: ProjectViewState = {
  filter: EMPTY_FILTER,
  sort: DEFAULT_SORT,
  page: 1,
};

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 ? number : null;
}

/** The filter of an address; what a hand-edited or outdated link gets wrong is dropped. */
export function parseFilter(params: URLSearchParams): ProjectFilterState {
  return readProjectFilter(params).value;
}

export function parseView(params: URLSearchParams): ProjectViewState {
  return {
    filter: parseFilter(params),
    sort: readProjectSort(params).value,
    page: positiveInt(params.get(PARAM.page)) ?? 1,
  };
}

/** Writes a filter into params, in a stable order, leaving out what is empty. */
export function writeFilter(filter: ProjectFilterState, params = new URLSearchParams()): URLSearchParams {
  return writeProjectFilter(filter, params);
}

export function writeView(view: ProjectViewState): URLSearchParams {
  const params = writeProjectSort(view.sort, writeFilter(view.filter));
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
  if (filter.milestoneState.length) input.milestoneState = filter.milestoneState;
  if (filter.reported !== null) input.reported = filter.reported;
  if (filter.includeArchived) input.includeArchived = true;
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
