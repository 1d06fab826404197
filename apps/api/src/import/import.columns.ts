import { EXPORT_LABELS, ExportLabels, ImportSheet, Locale, LOCALES } from '@leitstand/shared-domain';

export type ColumnKey = keyof ExportLabels['column'];

/**
 * The columns of each kind of table, as the export writes them (its headers are the import's):
 * those the import reads, and those it passes over because something else sets them (health and
 * progress come from status reports; a milestone's due date, slip and state are computed).
 */
export const SHEET_COLUMNS: Record<ImportSheet, { read: readonly ColumnKey[]; ignored: readonly ColumnKey[] }> = {
  projects: {
    read: [
      'code',
      'title',
      'phase',
      'field',
      'department',
      'lead',
      'sponsor',
      'startDate',
      'plannedEndDate',
      'forecastEndDate',
      'actualEndDate',
      'budgetPlanned',
      'budgetSpent',
      'currency',
      'tags',
    ],
    ignored: ['health', 'progress'],
  },
  milestones: {
    read: ['code', 'milestone', 'milestonePlanned', 'milestoneForecast', 'milestoneCompleted'],
    ignored: ['project', 'milestoneDue', 'milestoneSlipDays', 'milestoneState'],
  },
  kpis: {
    read: ['code', 'kpi', 'kpiUnit', 'kpiBaseline', 'kpiTarget', 'kpiDate', 'kpiValue', 'kpiNote'],
    ignored: ['project'],
  },
};

/** The columns a table of each kind must have. */
export const REQUIRED_COLUMNS: Record<ImportSheet, readonly ColumnKey[]> = {
  projects: ['code', 'title'],
  milestones: ['code', 'milestone', 'milestonePlanned'],
  kpis: ['code', 'kpi'],
};

export const SHEET_ORDER: readonly ImportSheet[] = ['projects', 'milestones', 'kpis'];

const normalise = (header: string) => header.trim().toLowerCase();

const KEY_BY_HEADER: Record<Locale, Map<string, ColumnKey>> = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Map(
      (Object.entries(EXPORT_LABELS[locale].column) as [ColumnKey, string][]).map(([key, header]) => [
        normalise(header),
        key,
      ]),
    ),
  ]),
) as Record<Locale, Map<string, ColumnKey>>;

/** A table's header read: its language, its kind (null: no table of the export) and the column of each position. */
export interface HeaderRead {
  locale: Locale;
  sheet: ImportSheet | null;
  keys: (ColumnKey | null)[];
}

/**
 * Reads a header row in the export's words, German or English (whichever names more of its
 * columns); the kind of table follows from its columns: a milestone's title makes a milestone
 * table, a key figure's name a key-figure table, a code alone a project table.
 */
export function readHeader(header: readonly string[]): HeaderRead {
  const matches = (locale: Locale) => header.filter((h) => KEY_BY_HEADER[locale].has(normalise(h))).length;
  const locale: Locale = matches('en') > matches('de') ? 'en' : 'de';
  const keys = header.map((h) => (h === '' ? null : (KEY_BY_HEADER[locale].get(normalise(h)) ?? null)));
  const sheet: ImportSheet | null = keys.includes('milestone')
    ? 'milestones'
    : keys.includes('kpi')
      ? 'kpis'
      : keys.includes('code')
        ? 'projects'
        : null;
  return { locale, sheet, keys };
}

/** Whether a column belongs to a kind of table (read or passed over). */
export function belongsTo(sheet: ImportSheet, key: ColumnKey): boolean {
  return SHEET_COLUMNS[sheet].read.includes(key) || SHEET_COLUMNS[sheet].ignored.includes(key);
}
