import { Locale, LOCALE_PARAM, REPORT_EXPORT_PARAM, REPORT_EXPORT_PATH } from '@leitstand/shared-domain';
import { dayNumber, isoOfDay } from '../../ui/charts/scales';

/**
 * The Sachstandsbericht's two dates live in the address, so that a report can be shared by link:
 * `?stichtag=2026-12-31&seit=2025-12-31`. Both are calendar dates; a Stichtag means the end of its
 * day. The comparison date defaults to the Stichtag of the last report printed here (kept in
 * localStorage), else to one year before the Stichtag. What a hand-edited link gets wrong (no
 * date, a future Stichtag, a comparison date not before the Stichtag) falls back to the default.
 */

export const REPORT_PARAM = { asOf: 'stichtag', since: 'seit' } as const;

/** Where the Stichtag of the last printed report is remembered. */
export const LAST_REPORT_KEY = 'leitstand.report.lastStichtag';

export interface ReportDates {
  /** The Stichtag, an ISO date, not after today. */
  asOf: string;
  /** The comparison date, an ISO date before the Stichtag. */
  since: string;
}

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return isoOfDay(dayNumber(value)) === value;
}

/** The same day one year earlier (29 February becomes 28 February). */
export function yearBefore(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0');
  const candidate = `${year}${isoDate.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${year}-02-28`;
}

/** A number of days before an ISO date. */
export function daysBefore(isoDate: string, days: number): string {
  return isoOfDay(dayNumber(isoDate) - days);
}

export function parseReportDates(params: URLSearchParams, today: string, remembered: string | null): ReportDates {
  const askedAsOf = params.get(REPORT_PARAM.asOf);
  const asOf = isIsoDate(askedAsOf) && askedAsOf <= today ? askedAsOf : today;
  const askedSince = params.get(REPORT_PARAM.since);
  const before = (date: string | null): date is string => isIsoDate(date) && date < asOf;
  const since = before(askedSince) ? askedSince : before(remembered) ? remembered : yearBefore(asOf);
  return { asOf, since };
}

/** Both dates, always, so that the address alone says what the report shows. */
export function writeReportDates(dates: ReportDates, params = new URLSearchParams()): URLSearchParams {
  params.set(REPORT_PARAM.asOf, dates.asOf);
  params.set(REPORT_PARAM.since, dates.since);
  return params;
}

/**
 * The address of the report as a workbook, for the same two dates, in the reader's language: the
 * server reads each date as the end of its day as this page does (in the city's time zone).
 */
export function reportExportHref(dates: ReportDates, locale: Locale): string {
  const params = new URLSearchParams();
  params.set(REPORT_EXPORT_PARAM.asOf, dates.asOf);
  params.set(REPORT_EXPORT_PARAM.since, dates.since);
  if (locale !== 'de') params.set(LOCALE_PARAM, locale);
  return `${REPORT_EXPORT_PATH}?${params.toString()}`;
}

/** The last instant of a calendar day in the viewer's time zone, as the API takes it. */
export function endOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day, 23, 59, 59, 999).toISOString();
}

/** The first instant of a calendar day in the viewer's time zone. */
export function startOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day).toISOString();
}

/**
 * The instants the API is asked about: the portfolio as of the end of the Stichtag (today's state
 * where the Stichtag is today, as its end lies ahead), and what changed after the end of the
 * comparison date up to then.
 */
export function reportInstants(dates: ReportDates, today: string): { asOf: string | null; from: string } {
  return { asOf: dates.asOf >= today ? null : endOfDay(dates.asOf), from: endOfDay(dates.since) };
}

export function rememberedReportDate(): string | null {
  const value = globalThis.localStorage?.getItem(LAST_REPORT_KEY) ?? null;
  return isIsoDate(value) ? value : null;
}

export function rememberReportDate(asOf: string): void {
  globalThis.localStorage?.setItem(LAST_REPORT_KEY, asOf);
}

/** Where the dashboard's "since the last meeting" date is remembered. */
export const LAST_MEETING_KEY = 'leitstand.dashboard.since';
export const LAST_MEETING_DEFAULT_DAYS = 30;

/** The dashboard's date: the one remembered if it is a date not after today, else 30 days ago. */
export function meetingDate(today: string, remembered: string | null): string {
  return isIsoDate(remembered) && remembered <= today ? remembered : daysBefore(today, LAST_MEETING_DEFAULT_DAYS);
}

export function rememberedMeetingDate(today: string): string {
  return meetingDate(today, globalThis.localStorage?.getItem(LAST_MEETING_KEY) ?? null);
}

export function rememberMeetingDate(date: string): void {
  globalThis.localStorage?.setItem(LAST_MEETING_KEY, date);
}
