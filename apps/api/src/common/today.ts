/** The calendar date ('YYYY-MM-DD') that it is now in the given time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // The Canadian English format is ISO: 2026-03-31.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
