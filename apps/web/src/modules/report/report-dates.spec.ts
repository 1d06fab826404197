import { describe, expect, it } from 'vitest';
import {
  endOfDay,
  isIsoDate,
  LAST_MEETING_KEY,
  meetingDate,
  parseReportDates,
  rememberedMeetingDate,
  rememberedReportDate,
  rememberReportDate,
  reportExportHref,
  reportInstants,
  writeReportDates,
  yearBefore,
} from './report-dates';

const TODAY = '2026-12-01';
const params = (query: string) => new URLSearchParams(query);

describe('the Sachstandsbericht dates in the address', () => {
  it('reads both dates from a shared link and writes the same link again', () => {
    const dates = parseReportDates(params('stichtag=2026-09-02&seit=2025-12-31'), TODAY, null);
    expect(dates).toEqual({ asOf: '2026-09-02', since: '2025-12-31' });
    expect(writeReportDates(dates).toString()).toBe('stichtag=2026-09-02&seit=2025-12-31');
  });

  it('takes today and the last printed report’s Stichtag where the address names neither', () => {
    expect(parseReportDates(params(''), TODAY, '2025-12-31')).toEqual({ asOf: TODAY, since: '2025-12-31' });
  });

  it('compares with one year before the Stichtag where no report was printed yet', () => {
    expect(parseReportDates(params('stichtag=2026-06-30'), TODAY, null)).toEqual({
      asOf: '2026-06-30',
      since: '2025-06-30',
    });
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('ignores a remembered date that is not before the Stichtag', () => {
    expect(parseReportDates(params('stichtag=2026-03-31'), TODAY, '2026-06-30').since).toBe('2025-03-31');
  });

  it('drops what a hand-edited link gets wrong: no date, a future Stichtag, a comparison not before it', () => {
    expect(parseReportDates(params('stichtag=2026-02-30&seit=gestern'), TODAY, null)).toEqual({
      asOf: TODAY,
      since: '2025-12-01',
    });
    expect(parseReportDates(params('stichtag=2027-01-01'), TODAY, null).asOf).toBe(TODAY);
    expect(parseReportDates(params('stichtag=2026-09-02&seit=2026-09-02'), TODAY, null).since).toBe('2025-09-02');
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it('asks the API about the end of each day, and about now where the Stichtag is today', () => {
    expect(reportInstants({ asOf: '2026-09-02', since: '2025-12-31' }, TODAY)).toEqual({
      asOf: new Date(2026, 8, 2, 23, 59, 59, 999).toISOString(),
      from: new Date(2025, 11, 31, 23, 59, 59, 999).toISOString(),
    });
    expect(reportInstants({ asOf: TODAY, since: '2026-11-30' }, TODAY)).toEqual({
      asOf: null,
      from: endOfDay('2026-11-30'),
    });
  });

  it('remembers the Stichtag of the report printed last', () => {
    expect(rememberedReportDate()).toBeNull();
    rememberReportDate('2026-09-02');
    expect(rememberedReportDate()).toBe('2026-09-02');
    expect(parseReportDates(params('stichtag=2026-12-01'), TODAY, rememberedReportDate()).since).toBe('2026-09-02');
  });
});

describe('the dashboard’s date of the last meeting', () => {
  it('is 30 days ago until one is chosen, then the one remembered', () => {
    expect(meetingDate(TODAY, null)).toBe('2026-11-01');
    expect(rememberedMeetingDate(TODAY)).toBe('2026-11-01');
    localStorage.setItem(LAST_MEETING_KEY, '2026-10-15');
    expect(rememberedMeetingDate(TODAY)).toBe('2026-10-15');
  });

  it('falls back to 30 days ago for a remembered date that is no date or lies in the future', () => {
    expect(meetingDate(TODAY, 'morgen')).toBe('2026-11-01');
    expect(meetingDate(TODAY, '2026-12-02')).toBe('2026-11-01');
  });
});

describe('the Sachstandsbericht as a workbook', () => {
  it('is downloaded for the same two dates, in the reader’s language', () => {
    const dates = { asOf: '2026-09-02', since: '2025-12-31' };
    expect(reportExportHref(dates, 'de')).toBe('/api/export/report.xlsx?asOf=2026-09-02&since=2025-12-31');
    expect(reportExportHref(dates, 'en')).toBe('/api/export/report.xlsx?asOf=2026-09-02&since=2025-12-31&locale=en');
  });
});
