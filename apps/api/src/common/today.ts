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
