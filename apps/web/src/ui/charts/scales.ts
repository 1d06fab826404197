/** Small helpers that charts share: days on a time axis and "nice" value ticks. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO calendar date, free of time zones. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of the first of the month that a day falls in. */
export function monthStartOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

/** The first day of each month between two days (inclusive), as ISO dates. */
export function monthStarts(fromDay: number, toDay: number): string[] {
  const from = new Date(fromDay * DAY_MS);
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth() + 1;
  const starts: string[] = [];
  for (;;) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const iso = `${year}-${String(month).padStart(2, '0')}-01`;
    if (dayNumber(iso) > toDay) return starts;
    if (dayNumber(iso) >= fromDay) starts.push(iso);
    month += 1;
  }
}

/** About `count` round tick values from 0 (or min) to at least max. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const span = Math.max(max - min, 1e-9);
  const rough = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let value = first; value < max + step; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= max) break;
  }
  return ticks;
}
