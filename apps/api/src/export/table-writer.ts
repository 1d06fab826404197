import type { Writable } from 'node:stream';
import { Locale } from '@leitstand/shared-domain';
import { stream as excelStream } from 'exceljs';

/**
 * What a column holds, which decides how a spreadsheet gets it: text as text, dates as dates,
 * amounts as numbers in the currency's format, progress as a percentage, counts and measurements
 * as numbers.
 */
export type CellKind = 'text' | 'date' | 'money' | 'percent' | 'integer' | 'number';

/** A cell's value before it is written: text, an ISO date, an exact decimal amount, or a number. */
export type CellValue = string | number | null;

export interface Column<R> {
  header: string;
  kind: CellKind;
  /** The width in characters, for the workbook. */
  width: number;
  value(row: R): CellValue;
  /**
   * Where one column holds values of different kinds (a list of figures: a date, a count, an
   * amount), the kind of this row's cell; `kind` otherwise.
   */
  kindOf?(row: R): CellKind;
}

function kindOf<R>(column: Column<R>, row: R): CellKind {
  return column.kindOf ? column.kindOf(row) : column.kind;
}

/** Writes the rows of one table, page by page, to a stream; `end` finishes the file. */
export interface TableWriter<R> {
  write(rows: readonly R[]): Promise<void>;
  end(): Promise<void>;
}

/** What is waited for here: a Node stream, or the streams of the zip library (readable-stream), by their events. */
interface Emitter {
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/** Resolves at the first of these events (of any of the emitters), and leaves no listener behind. */
function first(
  stream: Emitter,
  events: readonly string[],
  other?: { stream: Emitter; events: string[] },
): Promise<void> {
  const listened = [{ stream, events }, ...(other ? [other] : [])];
  return new Promise((resolve) => {
    const done = () => {
      for (const { stream: source, events: names } of listened)
        for (const event of names) source.removeListener(event, done);
      resolve();
    };
    for (const { stream: source, events: names } of listened) for (const event of names) source.once(event, done);
  });
}

const GONE = 'The client went away before the export was complete.';

/** Waits until the stream has taken what it was given, so that memory stays constant however many rows follow. */
async function drained(stream: Writable): Promise<void> {
  if (stream.destroyed) throw new Error(GONE);
  if (stream.writableNeedDrain) await first(stream, ['drain', 'close']);
  if (stream.destroyed) throw new Error(GONE);
}

/** Waits until the stream has sent everything (or was closed). */
function finished(stream: Writable): Promise<void> {
  return stream.writableFinished || stream.destroyed ? Promise.resolve() : first(stream, ['finish', 'close']);
}

// ---------------------------------------------------------------- CSV

/** German spreadsheets expect ';' and a decimal comma; English ones ',' and a point. */
const SEPARATOR: Record<Locale, string> = { de: ';', en: ',' };

/** A cell that a spreadsheet could take for a formula starts with an apostrophe instead. */
export function protectFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string, separator: string): string {
  return /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** An exact amount with the language's decimal mark and no grouping: 1250000,00. */
function csvAmount(value: string, locale: Locale): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}${locale === 'de' ? ',' : '.'}${fraction.padEnd(2, '0')}`;
}

/**
 * A date as the web client writes it (shared-domain's formatDate): 31.03.2026 in German, 31/03/2026
 * in English; rearranged from the ISO date rather than formatted anew for each of many cells.
 */
function csvDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-');
  return locale === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

function csvCell(kind: CellKind, value: CellValue, locale: Locale): string {
  if (value === null) return '';
  switch (kind) {
    case 'text':
      return protectFormula(String(value));
    case 'date':
      return csvDate(String(value), locale);
    case 'money':
      return csvAmount(String(value), locale);
    default: {
      const text = String(value);
      return locale === 'de' ? text.replace('.', ',') : text;
    }
  }
}

/** CSV in UTF-8 with a byte order mark (so that spreadsheets read it as such), lines ending in CRLF. */
export class CsvTableWriter<R> implements TableWriter<R> {
  private readonly separator: string;

  constructor(
    private readonly stream: Writable,
    private readonly columns: readonly Column<R>[],
    private readonly locale: Locale,
  ) {
    this.separator = SEPARATOR[locale];
    this.stream.write(`\uFEFF${this.line(columns.map((column) => column.header))}`);
  }

  private line(cells: string[]): string {
    return `${cells.map((cell) => quote(cell, this.separator)).join(this.separator)}\r\n`;
  }

  async write(rows: readonly R[]): Promise<void> {
    if (rows.length === 0) return;
    const text = rows
      .map((row) =>
        this.line(this.columns.map((column) => csvCell(kindOf(column, row), column.value(row), this.locale))),
      )
      .join('');
    this.stream.write(text);
    await drained(this.stream);
  }

  async end(): Promise<void> {
    const done = finished(this.stream);
    this.stream.end();
    await done;
  }
}

// ---------------------------------------------------------------- XLSX

const DATE_FORMAT: Record<Locale, string> = { de: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };

function moneyFormat(currency: string, locale: Locale): string {
  const symbol = currency === 'EUR' ? '€' : currency;
  return locale === 'de' ? `#,##0.00 "${symbol}"` : `"${symbol}"#,##0.00`;
}

export function numberFormat(kind: CellKind, locale: Locale, currency: string): string | undefined {
  switch (kind) {
    case 'date':
      return DATE_FORMAT[locale];
    case 'money':
      return moneyFormat(currency, locale);
    case 'percent':
      return '0%';
    case 'integer':
      return '0';
    default:
      return undefined;
  }
}

/** A cell's value as the workbook keeps it: dates as dates (midnight UTC, as Excel counts days), percentages as fractions. */
function xlsxCell(kind: CellKind, value: CellValue): string | number | Date | null {
  if (value === null) return null;
  switch (kind) {
    case 'text':
      return String(value);
    case 'date': {
      const [year, month, day] = String(value).split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'percent':
      return Number(value) / 100;
    default:
      return Number(value);
  }
}

type WorkbookWriter = excelStream.xlsx.WorkbookWriter;
type WorksheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

/** The buffer that exceljs's worksheet writes its XML into (its StreamBuf), as far as it is read here. */
interface SheetBuffer {
  /** Where it hands its data on without waiting: the stream that the zip reads this sheet's entry from. */
  pipes: unknown[];
}

/** The stream that a sheet's XML waits in until the zip compresses it, where exceljs has the shape read here. */
function zipInput(sheet: WorksheetWriter): (Emitter & { _writableState?: { needDrain?: boolean } }) | null {
  const buffer = (sheet as unknown as { stream?: Partial<SheetBuffer> }).stream;
  const input = Array.isArray(buffer?.pipes) ? (buffer.pipes[0] as Record<string, unknown> | undefined) : undefined;
  return input && typeof input.once === 'function' && typeof input.removeListener === 'function'
    ? (input as unknown as Emitter & { _writableState?: { needDrain?: boolean } })
    : null;
}

/**
 * Waits until the zip has taken what the sheet has written. exceljs's worksheet hands its XML on
 * to the zip's entry without waiting for it, and the zip compresses (on libuv's thread pool) only
 * while the event loop turns: with the embedded database, whose reads never wait for the network,
 * the rows of a whole workbook would pile up in memory before the first byte is compressed. This
 * waits, as a stream's backpressure asks, until the entry's stream wants more.
 */
async function zipped(sheet: WorksheetWriter, response: Writable): Promise<void> {
  const input = zipInput(sheet);
  if (input?._writableState?.needDrain && !response.destroyed)
    await first(input, ['drain', 'close', 'error'], { stream: response, events: ['close'] });
}

/**
 * A workbook written as a stream with exceljs's streaming writer, one worksheet after the other:
 * each sheet's rows are committed (and leave memory) as they are written, and a sheet is finished
 * before the next one begins.
 */
export class XlsxWorkbookWriter {
  private readonly workbook: WorkbookWriter;

  constructor(
    private readonly stream: Writable,
    private readonly locale: Locale,
    private readonly currency: string,
  ) {
    this.workbook = new excelStream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Leitstand';
    this.workbook.created = new Date();
  }

  /** The next worksheet, as a table: the header row frozen and bold, an autofilter over every row once it ends. */
  sheet<R>(name: string, columns: readonly Column<R>[]): XlsxSheetWriter<R> {
    return new XlsxSheetWriter(
      this.stream,
      this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }),
      columns,
      this.locale,
      this.currency,
    );
  }

  /** Finishes the file, once every sheet has ended. */
  async end(): Promise<void> {
    const done = finished(this.stream);
    await this.workbook.commit();
    await done;
  }
}

/** One worksheet of an XlsxWorkbookWriter; `end` finishes the sheet (not the file). */
export class XlsxSheetWriter<R> implements TableWriter<R> {
  private rowCount = 1;
  private readonly formats: (string | undefined)[];

  constructor(
    private readonly stream: Writable,
    private readonly sheet: WorksheetWriter,
    private readonly columns: readonly Column<R>[],
    private readonly locale: Locale,
    private readonly currency: string,
  ) {
    this.formats = columns.map((column) => numberFormat(column.kind, locale, currency));
    this.sheet.columns = columns.map((column, index) => {
      const numFmt = this.formats[index];
      return { key: String(index), header: column.header, width: column.width, style: numFmt ? { numFmt } : {} };
    });
    const header = this.sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
  }

  async write(rows: readonly R[]): Promise<void> {
    for (const row of rows) {
      const kinds = this.columns.map((column) => kindOf(column, row));
      const added = this.sheet.addRow(this.columns.map((column, index) => xlsxCell(kinds[index], column.value(row))));
      this.columns.forEach((column, index) => {
        if (!column.kindOf) return;
        const numFmt = numberFormat(kinds[index], this.locale, this.currency);
        if (numFmt !== this.formats[index]) added.getCell(index + 1).numFmt = numFmt ?? 'General';
      });
      added.commit();
      this.rowCount++;
    }
    await zipped(this.sheet, this.stream);
    await drained(this.stream);
  }

  async end(): Promise<void> {
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: this.rowCount, column: this.columns.length } };
    this.sheet.commit();
    await drained(this.stream);
  }
}

/** A workbook of one worksheet (see XlsxWorkbookWriter); `end` finishes the file. */
export class XlsxTableWriter<R> implements TableWriter<R> {
  private readonly workbook: XlsxWorkbookWriter;
  private readonly sheet: XlsxSheetWriter<R>;

  constructor(stream: Writable, columns: readonly Column<R>[], locale: Locale, sheetName: string, currency: string) {
    this.workbook = new XlsxWorkbookWriter(stream, locale, currency);
    this.sheet = this.workbook.sheet(sheetName, columns);
  }

  write(rows: readonly R[]): Promise<void> {
    return this.sheet.write(rows);
  }

  async end(): Promise<void> {
    await this.sheet.end();
    await this.workbook.end();
  }
}
