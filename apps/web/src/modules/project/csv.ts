import { formatDate, Locale } from '@leitstand/shared-domain';
import type { ProjectRowFragment } from '../../graphql/generated/graphql';
import type { I18n } from '../../i18n/I18nProvider';

/** German spreadsheets expect ';' and a decimal comma; English ones ',' and a point. */
const SEPARATOR: Record<Locale, string> = { de: ';', en: ',' };

/** A cell that a spreadsheet could take for a formula starts with an apostrophe instead. */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string, separator: string): string {
  return /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** An exact amount with the language's decimal mark and no grouping: 1250000,00. */
function amount(value: string | null, locale: Locale): string {
  if (value == null) return '';
  const [whole, fraction = ''] = value.split('.');
  return `${whole}${locale === 'de' ? ',' : '.'}${fraction.padEnd(2, '0')}`;
}

/** Rows as CSV text (CRLF, with a byte order mark so that spreadsheets read UTF-8). */
export function toCsv(rows: readonly (readonly string[])[], locale: Locale): string {
  const separator = SEPARATOR[locale];
  return `\uFEFF${rows.map((row) => row.map((cell) => quote(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** The projects of a view as CSV, with the column names and values in the chosen language. */
export function projectsCsv(projects: readonly ProjectRowFragment[], locale: Locale, t: I18n['t']): string {
  const date = (value: string | null) => (value ? formatDate(value, locale) : '');
  const header = [
    t('project.code'),
    t('project.title'),
    t('project.health'),
    t('project.phase'),
    t('project.progress'),
    t('project.field'),
    t('project.department'),
    t('project.lead'),
    t('project.sponsor'),
    t('project.startDate'),
    t('project.plannedEndDate'),
    t('project.forecastEndDate'),
    t('budget.planned'),
    t('budget.spent'),
    t('budget.currency'),
    t('project.tags'),
  ];
  const rows = projects.map((project) => [
    text(project.code),
    text(project.title),
    project.latestStatus ? t(`health.${project.health}`) : t('health.notReported'),
    t(`phase.${project.phase}`),
    String(project.progress),
    text(project.field?.name ?? ''),
    text(project.department ? `${project.department.code} ${project.department.name}` : ''),
    text(project.lead?.name ?? ''),
    text(project.sponsor?.name ?? ''),
    date(project.startDate),
    date(project.plannedEndDate),
    date(project.forecastEndDate),
    amount(project.budget.planned, locale),
    amount(project.budget.spent, locale),
    project.budget.currency,
    text(project.tags.join(', ')),
  ]);
  return toCsv([header, ...rows], locale);
}
