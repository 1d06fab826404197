/** The languages of the user interface; German first. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const intlLocale: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl formatters are slow to make and quick to use: each kind is made once per language and
 * options, so that a table of a thousand dates or amounts makes one (BENCHMARKS.md, "Formatters").
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date:${locale}:${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(intlLocale[locale], options)));
  return format;
}
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number:${locale}:${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(intlLocale[locale], options)));
  return format;
}

/**
 * A calendar date as people in the office write it: 31.03.2026 in German, 31/03/2026 in English.
 * Takes an ISO date ('2026-03-31') and never shifts it by a time zone.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO calendar date: '${isoDate}'`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant in the given time zone (the viewer's by default): 31.03.2026, 09:15. */
export function formatDateTime(instant: string | Date, locale: Locale, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: '${String(instant)}'`);
  return dateFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * An exact amount (a decimal string, as the API sends money) as 1.250.000,00 € in German and
 * €1,250,000.00 in English. Digits beyond the cents are rounded half away from zero.
 */
export function formatMoney(amount: string, locale: Locale, currency = 'EUR'): string {
  if (!DECIMAL.test(amount)) throw new RangeError(`Not a decimal amount: '${amount}'`);
  const format = numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // A numeric string is formatted exactly, with no detour through a binary float.
  return format.format(amount as Intl.StringNumericLiteral);
}

/** A number with the locale's separators: 1.250 in German, 1,250 in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A decimal string as a whole number of units of its last digit, at the given number of digits. */
function scaled(amount: string, digits: number): bigint {
  if (!DECIMAL.test(amount)) throw new RangeError(`Not a decimal amount: '${amount}'`);
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const units = BigInt(whole + fraction.padEnd(digits, '0'));
  return negative ? -units : units;
}

function fractionDigits(...amounts: string[]): number {
  return Math.max(0, ...amounts.map((amount) => amount.split('.')[1]?.length ?? 0));
}

/** Exactly by how much `a` exceeds `b` (negative where it falls short), as a decimal string. */
export function subtractAmounts(a: string, b: string): string {
  const digits = fractionDigits(a, b);
  const difference = scaled(a, digits) - scaled(b, digits);
  const sign = difference < 0n ? '-' : '';
  const text = (difference < 0n ? -difference : difference).toString().padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Whether `spent` exceeds `planned`, exactly (no detour through binary floats); false where either is missing. */
export function isOverspent(planned: string | null | undefined, spent: string | null | undefined): boolean {
  if (planned == null || spent == null) return false;
  const digits = fractionDigits(planned, spent);
  return scaled(spent, digits) > scaled(planned, digits);
}
