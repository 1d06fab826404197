/**
 * The import of a portfolio from a spreadsheet (`POST /api/import/projects`): its limits, the codes
 * of its problems (which the web client translates) and the shape of its answer. The import reads
 * the headers of the export (EXPORT_LABELS), so that an exported file is a file to import.
 */

export const IMPORT_PATH = '/api/import/projects';

/** A workbook with the export's three sheets and no rows, to fill in. */
export const IMPORT_TEMPLATE_PATH = '/api/import/projects-template.xlsx';

/** `?dryRun=false` applies the file; anything else (or nothing) only says what it would do. */
export const DRY_RUN_PARAM = 'dryRun';

export const IMPORT_CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

export const IMPORT_LIMITS = {
  /** The largest body taken: 10 MB. */
  bytes: 10 * 1024 * 1024,
  /** Rows of projects in one file (the size of a large portfolio). */
  projectRows: 10_000,
  /** Rows of milestones, and rows of key-figure measurements, in one file (a hundred per project of a large portfolio would not fit in 10 MB anyway). */
  otherRows: 100_000,
} as const;

/** What a file's sheet (or a CSV file) holds, known by its header row. */
export type ImportSheet = 'projects' | 'milestones' | 'kpis';

export const IMPORT_ERROR_CODES = [
  // the file as a whole
  'UNSUPPORTED_TYPE',
  'TOO_LARGE',
  'NOT_A_WORKBOOK',
  'BROKEN_WORKBOOK',
  'NO_TABLE',
  'DUPLICATE_TABLE',
  'TOO_MANY_ROWS',
  // the header row
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'MISSING_COLUMN',
  // a cell
  'FORMULA',
  'REQUIRED',
  'INVALID_CODE',
  'DUPLICATE_CODE',
  'DUPLICATE_ROW',
  'TOO_LONG',
  'INVALID_DATE',
  'DATE_ORDER',
  'DATE_IN_FUTURE',
  'INVALID_AMOUNT',
  'INVALID_NUMBER',
  'UNKNOWN_PHASE',
  'UNKNOWN_FIELD',
  'AMBIGUOUS_FIELD',
  'UNKNOWN_DEPARTMENT',
  'UNKNOWN_EMAIL',
  'UNKNOWN_PERSON',
  'AMBIGUOUS_PERSON',
  'WRONG_CURRENCY',
  'TOO_MANY_TAGS',
  'UNKNOWN_PROJECT',
  'BASELINE_FIXED',
  'COMPLETION_FIXED',
  'KPI_FIXED',
  'TOO_MANY_ITEMS',
  // what the writing itself refused (rights, a concurrent change)
  'REFUSED',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem of the file: where (sheet, spreadsheet row, the column's header, the cell as A1) and what. Null where it concerns the whole file. */
export interface ImportProblem {
  sheet: ImportSheet | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  code: ImportErrorCode;
  /** In English, for programs and logs; the web client shows the code's text. */
  message: string;
}

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

/** One field that a row sets: the column's header, the value before (null for none) and after, as the file writes such values. */
export interface ImportChange {
  column: string;
  from: string | null;
  to: string | null;
}

export interface ImportRowResult {
  sheet: ImportSheet;
  /** The row of the spreadsheet (the header is row 1). */
  row: number;
  /** What the row is matched by: the project's code, with the milestone's title or the key figure's name and date. */
  key: string;
  action: ImportAction;
  changes: ImportChange[];
}

export interface ImportReport {
  dryRun: boolean;
  /** Rows that create a project, a milestone, a key figure or a measurement. */
  created: number;
  /** Rows that change something that exists. */
  updated: number;
  /** Rows that match what is stored already. */
  unchanged: number;
  errors: ImportProblem[];
  rows: ImportRowResult[];
}
