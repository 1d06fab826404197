/** The calendar date ('YYYY-MM-DD') that it is now in the given time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // The Canadian English format is ISO: 2026-03-31. Making a formatter costs far more than using one, so each zone keeps its own.
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, format);
  }
  return format.format(now);
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

const WALL_CLOCKS = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock of the time zone is ahead of UTC at this instant, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  let format = WALL_CLOCKS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    WALL_CLOCKS.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
  const wall = Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The first instant of a calendar day ('YYYY-MM-DD') on the wall clock of the time zone. */
export function startOfDayIn(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const midnight = Date.UTC(year, month - 1, day);
  // The offset at the guess, then at the instant it gives: right also on the days the clocks change.
  let instant = midnight - offsetAt(timeZone, midnight);
  instant = midnight - offsetAt(timeZone, instant);
  return new Date(instant);
}

/**
 * The last instant of a calendar day on the wall clock of the time zone: what a Stichtag means, as
 * the web client takes it (the end of the day).
 */
export function endOfDayIn(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return new Date(startOfDayIn(next, timeZone).getTime() - 1);
}
