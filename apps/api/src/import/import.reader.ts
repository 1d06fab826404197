import { IMPORT_LIMITS, ImportErrorCode } from '@leitstand/shared-domain';
import { CellValue as ExcelCellValue, Workbook } from 'exceljs';
import { CellValue } from './import.values';

/** One table of a file: a workbook's sheet or a CSV file; its first row is the header. */
export interface Table {
  /** The sheet's name; null for a CSV file. */
  name: string | null;
  header: string[];
  /** The rows after the header that hold anything, with their number in the spreadsheet. */
  rows: { number: number; cells: CellValue[] }[];
}

/** The file as a whole cannot be read. */
export class FileProblem extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** No table may have more rows than this; which rows a kind of table may have, the import decides. */
const MOST_ROWS = Math.max(IMPORT_LIMITS.projectRows, IMPORT_LIMITS.otherRows);

function tooMany(rows: number, name: string | null): FileProblem {
  return new FileProblem(
    'TOO_MANY_ROWS',
    `${name ? `The sheet '${name}'` : 'The file'} has ${rows} rows; an import takes at most ${MOST_ROWS}`,
  );
}

function headerOf(cells: CellValue[]): string[] {
  return cells.map((cell) => (cell === null || typeof cell === 'object' ? '' : String(cell).trim()));
}

function isEmpty(cells: CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

// ---------------------------------------------------------------- XLSX

/** A workbook cell as the import reads it: formulas stay formulas (refused later), rich text and links become their text. */
function fromExcel(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { formula: `=${String(formula)}` };
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

async function readWorkbook(body: Buffer): Promise<Table[]> {
  // A workbook is a zip archive; anything else is not one (a CSV or a PDF sent as a workbook).
  if (body.length < 4 || body.readUInt32LE(0) !== 0x04034b50)
    throw new FileProblem('NOT_A_WORKBOOK', 'The file is not an Excel workbook (.xlsx)');
  const book = new Workbook();
  try {
    // exceljs's typings call an ArrayBuffer their Buffer; at run time it reads Node's Buffer.
    await book.xlsx.load(body as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileProblem(
      'BROKEN_WORKBOOK',
      `The workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const tables: Table[] = [];
  for (const sheet of book.worksheets) {
    if (sheet.actualRowCount > MOST_ROWS + 1) throw tooMany(sheet.actualRowCount - 1, sheet.name);
    const width = sheet.actualColumnCount;
    const rows: Table['rows'] = [];
    let header: string[] | null = null;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: CellValue[] = [];
      for (let column = 1; column <= width; column++) cells.push(fromExcel(row.getCell(column).value));
      if (header === null) {
        if (number === 1) header = headerOf(cells);
        return;
      }
      if (!isEmpty(cells)) rows.push({ number, cells });
    });
    if (header) tables.push({ name: sheet.name, header, rows });
  }
  return tables;
}

// ---------------------------------------------------------------- CSV

/** The separator of a CSV file: the one its header line holds more of (';' in German, ',' in English). */
function separatorOf(text: string): string {
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
  const count = (char: string) => line.split(char).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** Parses CSV as a spreadsheet does: quoted cells may hold the separator, quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > MOST_ROWS + 1) throw tooMany(rows.length - 1, null);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new FileProblem('BROKEN_WORKBOOK', 'The CSV file ends inside a quoted cell');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function readCsv(body: Buffer): Table[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new FileProblem('NOT_A_WORKBOOK', 'The CSV file is not UTF-8 text (save it as "CSV UTF-8")');
  }
  if (text.includes('\u0000')) throw new FileProblem('NOT_A_WORKBOOK', 'The file is not a CSV file');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const [first, ...rest] = parseCsv(text, separatorOf(text));
  if (!first) return [];
  const rows = rest.flatMap((cells, index) => {
    // A cell that starts with '=' is a formula to a spreadsheet; the export never writes one.
    const values: CellValue[] = cells.map((cell) =>
      cell.trimStart().startsWith('=') ? { formula: cell.trim() } : cell === '' ? null : cell,
    );
    return isEmpty(values) ? [] : [{ number: index + 2, cells: values }];
  });
  return [{ name: null, header: headerOf(first), rows }];
}

/** The tables of a file: the sheets of an .xlsx workbook, or the one table of a CSV file (UTF-8, with or without BOM). */
export function readTables(body: Buffer, format: 'xlsx' | 'csv'): Promise<Table[]> {
  return format === 'xlsx' ? readWorkbook(body) : Promise.resolve(readCsv(body));
}
