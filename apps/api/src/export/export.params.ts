import {
  DONE_PARAM,
  DONE_YES,
  FILTER_PARAM,
  Health,
  Locale,
  MilestoneState,
  LOCALE_PARAM,
  LOCALES,
  ParamProblem,
  ProjectFilterParams,
  ProjectPhase,
  readProjectFilter,
  readProjectSort,
  REPORT_EXPORT_PARAM,
  SORT_PARAM,
} from '@leitstand/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { BadUserInputError, FieldProblem } from '../common/errors';
import { OrderDirection, ProjectFilter, ProjectOrder, ProjectOrderField } from '../project/dto/project.input';

/** What an export's address asks for: the view's filter (and order), and the reader's language. */
export interface ExportQuery {
  filter: ProjectFilter | null;
  order: ProjectOrder;
  locale: Locale;
  /** Milestones only: whether done ones are in it, as on the roadmap with `erledigte=ja`. */
  includeDone: boolean;
}

/** Which parameters each export takes besides the filter and the language. */
export type ExportKind = 'projects' | 'milestones' | 'kpis';

const EXTRA_PARAMS: Record<ExportKind, readonly string[]> = {
  projects: [SORT_PARAM.field, SORT_PARAM.direction],
  milestones: [DONE_PARAM],
  kpis: [],
};

const PARAM_OF_FIELD = FILTER_PARAM as Record<string, string>;

/** The API's filter for a filter read from an address; null where nothing is filtered. */
function toProjectFilter(params: ProjectFilterParams): ProjectFilter | null {
  const plain: Record<string, unknown> = {};
  if (params.search) plain.search = params.search;
  if (params.health.length) plain.health = Object.values(Health).filter((value) => params.health.includes(value));
  if (params.phase.length) plain.phase = Object.values(ProjectPhase).filter((value) => params.phase.includes(value));
  if (params.strategyId) plain.strategyId = params.strategyId;
  if (params.fieldId.length) plain.fieldId = params.fieldId;
  if (params.departmentId.length) plain.departmentId = params.departmentId;
  if (params.leadId.length) plain.leadId = params.leadId;
  if (params.tags.length) plain.tags = params.tags;
  if (params.staleForDays) plain.staleForDays = params.staleForDays;
  if (params.milestoneState.length)
    plain.milestoneState = Object.values(MilestoneState).filter((value) => params.milestoneState.includes(value));
  if (params.reported !== null) plain.reported = params.reported;
  if (params.includeArchived) plain.includeArchived = true;
  if (Object.keys(plain).length === 0) return null;
  // The same checks as the GraphQL list's filter (ids that are UUIDs, the length of the search).
  const filter = plainToInstance(ProjectFilter, plain);
  const problems = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true }).map(
    (error: ValidationError): ParamProblem => ({
      param: PARAM_OF_FIELD[error.property] ?? error.property,
      message: Object.values(error.constraints ?? {})[0] ?? 'is not valid',
    }),
  );
  if (problems.length > 0) throw refused(problems);
  return filter;
}

function refused(problems: ParamProblem[]): BadUserInputError {
  return new BadUserInputError(problems.map(({ param, message }) => ({ path: param, code: 'INVALID', message })));
}

/**
 * Reads an export's query string: the parameters of the web client's addresses for the same view
 * (the shared reader), `locale`, and what the export adds. Anything it cannot take, an unknown
 * parameter included, is refused with BAD_USER_INPUT naming the parameter: an export that left a
 * misspelt filter out would hand over more than was asked for.
 */
export function readExportQuery(kind: ExportKind, params: URLSearchParams): ExportQuery {
  const known = new Set<string>([...Object.values(FILTER_PARAM), LOCALE_PARAM, ...EXTRA_PARAMS[kind]]);
  const problems: ParamProblem[] = [];
  for (const name of new Set(params.keys()))
    if (!known.has(name))
      problems.push({ param: name, message: `is not a parameter of this export; it takes ${[...known].join(', ')}` });
  const filter = readProjectFilter(params);
  problems.push(...filter.problems);
  let order: ProjectOrder = { field: ProjectOrderField.CODE, direction: OrderDirection.ASC };
  if (kind === 'projects') {
    const sort = readProjectSort(params);
    problems.push(...sort.problems);
    order = { field: ProjectOrderField[sort.value.field], direction: OrderDirection[sort.value.direction] };
  }
  const locales = params.getAll(LOCALE_PARAM);
  const locale = LOCALES.find((candidate) => candidate === (locales[0] ?? 'de'));
  if (!locale || locales.length > 1)
    problems.push({ param: LOCALE_PARAM, message: `must be given once as one of ${LOCALES.join(', ')}` });
  const done = params.getAll(DONE_PARAM);
  if (done.length > 1 || (done.length === 1 && done[0] !== DONE_YES))
    problems.push({ param: DONE_PARAM, message: `must be '${DONE_YES}' (with the done milestones) or left out` });
  if (problems.length > 0) throw refused(problems);
  return {
    filter: toProjectFilter(filter.value),
    order,
    locale: locale ?? 'de',
    includeDone: done.length === 1,
  };
}

/** What the Sachstandsbericht's workbook is asked for: its two calendar dates, and the reader's language. */
export interface ReportQuery {
  /** The Stichtag, an ISO date not after today: the portfolio as of the end of that day. */
  asOf: string;
  /** The comparison date, an ISO date before the Stichtag: the changes after the end of that day. */
  since: string;
  locale: Locale;
}

/** An ISO calendar date that exists (2026-02-30 does not). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The same day one year earlier (29 February becomes 28 February), as the web page's default comparison. */
export function yearBefore(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0');
  const candidate = `${year}${isoDate.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${year}-02-28`;
}

/**
 * Reads the query of the Sachstandsbericht's workbook. `asOf` is required: a calendar date
 * (YYYY-MM-DD) not after `today`. `since` is a calendar date before `asOf`; where it is left out,
 * one year before `asOf` (the web page's default where it has no report printed before to go by).
 * Everything else but `locale` is refused, as by the other exports, naming the parameter.
 */
export function readReportQuery(params: URLSearchParams, today: string): ReportQuery {
  const known = [REPORT_EXPORT_PARAM.asOf, REPORT_EXPORT_PARAM.since, LOCALE_PARAM];
  const problems: FieldProblem[] = [];
  for (const name of new Set(params.keys()))
    if (!known.includes(name))
      problems.push({
        path: name,
        code: 'UNKNOWN_FIELD',
        message: `is not a parameter of this export; it takes ${known.join(', ')}`,
      });
  const date = (name: string, required: boolean): string | null => {
    const values = params.getAll(name);
    if (values.length > 1) {
      problems.push({ path: name, code: 'ONCE_ONLY', message: 'must be given once' });
      return null;
    }
    const value = values[0];
    if (value === undefined || value === '') {
      if (required) problems.push({ path: name, code: 'REQUIRED', message: 'is required: a date (YYYY-MM-DD)' });
      return null;
    }
    if (!isIsoDate(value)) {
      problems.push({ path: name, code: 'NOT_DATE', message: `must be a date (YYYY-MM-DD), not '${value}'` });
      return null;
    }
    return value;
  };
  const asOf = date(REPORT_EXPORT_PARAM.asOf, true);
  const since = date(REPORT_EXPORT_PARAM.since, false);
  if (asOf !== null && asOf > today)
    problems.push({
      path: REPORT_EXPORT_PARAM.asOf,
      code: 'IN_FUTURE',
      message: `must not be in the future (it is ${today} today)`,
    });
  else if (asOf !== null && since !== null && since >= asOf)
    problems.push({
      path: REPORT_EXPORT_PARAM.since,
      code: 'AFTER',
      message: `must be before ${REPORT_EXPORT_PARAM.asOf} (${asOf})`,
      params: { other: REPORT_EXPORT_PARAM.asOf },
    });
  const locales = params.getAll(LOCALE_PARAM);
  const locale = LOCALES.find((candidate) => candidate === (locales[0] ?? 'de'));
  if (!locale || locales.length > 1)
    problems.push({
      path: LOCALE_PARAM,
      code: 'NOT_ALLOWED',
      message: `must be given once as one of ${LOCALES.join(', ')}`,
    });
  if (problems.length > 0 || asOf === null) throw new BadUserInputError(problems);
  return { asOf, since: since ?? yearBefore(asOf), locale: locale ?? 'de' };
}
