import { formatDate, formatMoney, ImportErrorCode, Locale } from '@leitstand/shared-domain';
import { isIsoDate } from '../graphql/scalars';

/** A cell as the reader found it: text, a number, a date (from a workbook's date cell), a formula, or nothing. */
export type CellValue = string | number | Date | { formula: string } | null;

/** A value read from a cell, or why it cannot be one. */
export type Read<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(code: ImportErrorCode, message: string): Read<T> => ({ ok: false, code, message });

export function isFormula(value: CellValue): value is { formula: string } {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** The spreadsheet's name of a cell: column 0, row 5 is A5. */
export function cellName(column: number, row: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

/** A day that a date cell holds (midnight UTC, as Excel counts days), as ISO; rounding away the float's noise. */
function isoOfDate(date: Date): string {
  const day = Math.round(date.getTime() / 86_400_000) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

/**
 * A cell as text, trimmed; null where it is empty. A text that the export protected from being
 * taken for a formula (an apostrophe before '=', '+', '-', '@') is read without the apostrophe.
 */
export function readText(value: CellValue): Read<string | null> {
  if (isFormula(value)) return fail('FORMULA', `holds the formula ${value.formula}; write its value instead`);
  if (value === null) return ok(null);
  if (value instanceof Date) return ok(isoOfDate(value));
  const text = String(value).trim();
  if (text === '') return ok(null);
  if (/^'[=+\-@\t\r]/.test(text)) return ok(text.slice(1));
  return ok(text);
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ENGLISH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A calendar date: a workbook's date cell, 31.03.2027 (German), 31/03/2027 (English) or 2027-03-31; a day that exists. */
export function readDate(value: CellValue, locale: Locale): Read<string | null> {
  if (value instanceof Date) return ok(isoOfDate(value));
  const text = readText(value);
  if (!text.ok || text.value === null) return text;
  const match = (locale === 'de' ? GERMAN_DATE : ENGLISH_DATE).exec(text.value);
  const iso = match
    ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(text.value)
      ? text.value
      : null;
  const example = locale === 'de' ? '31.03.2027' : '31/03/2027';
  if (iso === null) return fail('INVALID_DATE', `'${text.value}' is not a date such as ${example}`);
  if (!isIsoDate(iso)) return fail('INVALID_DATE', `'${text.value}' is a day that does not exist`);
  return ok(iso);
}

/** Spaces of any kind (a thousands separator in some sheets), the euro sign and code. */
const DECORATION = /[\s\u00a0\u202f€]|EUR/g;

/** The plain decimal of a number written with the language's grouping and decimal mark: 1.250.000,5 → 1250000.5 (German). */
function plainDecimal(text: string, locale: Locale): string | null {
  const [group, mark] = locale === 'de' ? ['.', ','] : [',', '.'];
  const g = `\\${group}`;
  const m = `\\${mark}`;
  const grouped = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+)(?:${m}(\\d+))?$`);
  const plain = new RegExp(`^(-?)(\\d+)(?:${m}(\\d+))?$`);
  const match = grouped.exec(text) ?? plain.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  return `${sign}${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The most whole digits of an amount: the column is numeric(15, 2). */
const AMOUNT_DIGITS = 13;

/**
 * An amount of money, exact, as the API keeps it ('1250000.00'): a number cell, or text as
 * 1.250.000,00 or 1250000 (German), 1,250,000.00 (English), with or without €; not negative, at most cents.
 */
export function readAmount(value: CellValue, locale: Locale): Read<string | null> {
  let decimal: string | null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('INVALID_AMOUNT', 'is not an amount');
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6)
      return fail('INVALID_AMOUNT', `${value} has more than two decimal places`);
    decimal = value.toFixed(2);
  } else {
    const text = readText(value);
    if (!text.ok || text.value === null) return text;
    decimal = plainDecimal(text.value.replace(DECORATION, ''), locale);
    const example = locale === 'de' ? '1.250.000,00 or 1250000' : '1,250,000.00 or 1250000';
    if (decimal === null) return fail('INVALID_AMOUNT', `'${text.value}' is not an amount such as ${example}`);
  }
  const [whole, fraction = ''] = decimal.split('.');
  if (whole.startsWith('-')) return fail('INVALID_AMOUNT', 'must not be negative');
  if (fraction.length > 2) return fail('INVALID_AMOUNT', `'${decimal}' has more than two decimal places`);
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > AMOUNT_DIGITS) return fail('INVALID_AMOUNT', `must be below 10^${AMOUNT_DIGITS}`);
  return ok(`${digits}.${fraction.padEnd(2, '0')}`);
}

/** A number (a key figure's value, baseline, target): a number cell, or text as 1.250,5 (German) or 1,250.5 (English). */
export function readNumber(value: CellValue, locale: Locale): Read<number | null> {
  if (typeof value === 'number')
    return Number.isFinite(value) ? ok(value) : fail('INVALID_NUMBER', 'is not a finite number');
  const text = readText(value);
  if (!text.ok) return text;
  if (text.value === null) return ok(null);
  const decimal = plainDecimal(text.value.replace(/[\s\u00a0\u202f]/g, ''), locale);
  if (decimal === null || !Number.isFinite(Number(decimal)))
    return fail('INVALID_NUMBER', `'${text.value}' is not a number`);
  return ok(Number(decimal));
}

/** A list of tags: separated by commas (as the export writes them) or semicolons; empty ones dropped, each once. */
export function readTags(value: CellValue): Read<string[]> {
  const text = readText(value);
  if (!text.ok) return text;
  if (text.value === null) return ok([]);
  return ok([
    ...new Set(
      text.value
        .split(/[,;]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]);
}

/** How the file writes values (in its language), for the dry run's "from" and "to". */
export const display = {
  date: (iso: string | null, locale: Locale) => (iso === null ? null : formatDate(iso, locale)),
  amount: (amount: string | null, locale: Locale, currency: string) =>
    amount === null ? null : formatMoney(amount, locale, currency),
  number: (value: number | null, locale: Locale) =>
    value === null ? null : locale === 'de' ? String(value).replace('.', ',') : String(value),
};
