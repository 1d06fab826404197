import {
  DRY_RUN_PARAM,
  EXPORT_LABELS,
  IMPORT_CONTENT_TYPES,
  ImportReport,
  Locale,
  LOCALE_PARAM,
  LOCALES,
  Role,
} from '@leitstand/shared-domain';
import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { Request, Response } from 'express';
import { CurrentCaller, Roles } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { BadUserInputError } from '../common/errors';
import { kpiColumns, milestoneColumns, projectColumns } from '../export/export.columns';
import { Column, numberFormat } from '../export/table-writer';
import { SHEET_COLUMNS, SHEET_ORDER } from './import.columns';
import { FileProblem, readTables } from './import.reader';
import { ImportService } from './import.service';

/** The format of a body by its content type (parameters such as `charset` aside). */
function formatOf(contentType: string | undefined): 'xlsx' | 'csv' | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === IMPORT_CONTENT_TYPES.xlsx) return 'xlsx';
  if (type === IMPORT_CONTENT_TYPES.csv) return 'csv';
  return null;
}

function readDryRun(value: unknown): boolean {
  if (value === undefined || value === 'true') return true;
  if (value === 'false') return false;
  throw BadUserInputError.field(
    DRY_RUN_PARAM,
    'NOT_ALLOWED',
    "must be 'true' (the default: only say what would change) or 'false'",
  );
}

function readLocale(value: unknown): Locale {
  const locale = LOCALES.find((candidate) => candidate === (value ?? 'de'));
  if (!locale) throw BadUserInputError.field(LOCALE_PARAM, 'NOT_ALLOWED', `must be one of ${LOCALES.join(', ')}`);
  return locale;
}

const NOTES: Record<Locale, string[]> = {
  de: [
    'Hinweise zur Vorlage',
    'Eine Zeile je Projekt (Blatt Projekte), je Meilenstein (Blatt Meilensteine) und je Messwert einer Kennzahl (Blatt Kennzahlen).',
    'Projekte werden am Kürzel erkannt, Meilensteine an Kürzel und Titel, Kennzahlen an Kürzel und Name: Vorhandenes wird geändert, Neues angelegt, nichts gelöscht.',
    'Datumsangaben wie 31.03.2027, Beträge wie 1.250.000,00 oder 1250000.',
    'Handlungsfeld mit seinem Namen, Amt mit Kürzel oder Namen, Personen mit ihrer E-Mail-Adresse.',
    'Eine leere Zelle leert das Feld; eine fehlende Spalte lässt es, wie es ist. Keine Formeln.',
    'Die Exporte der Projektliste, der Roadmap und der Kennzahlen lassen sich ebenso einlesen.',
  ],
  en: [
    'Notes on the template',
    'One row per project (sheet Projects), per milestone (sheet Milestones) and per measurement of a key figure (sheet Key figures).',
    'Projects are matched by code, milestones by code and title, key figures by code and name: what exists is changed, what is new is created, nothing is deleted.',
    'Dates such as 31/03/2027, amounts such as 1,250,000.00 or 1250000.',
    'The field of action by its name, the department by its code or name, people by their email address.',
    'An empty cell clears the field; a column left out keeps it as it is. No formulas.',
    'The exports of the project list, the roadmap and the key figures can be imported as well.',
  ],
};

/**
 * The import of a portfolio from a spreadsheet, for portfolio managers and administrators:
 * `POST /api/import/projects` with an .xlsx workbook or a CSV file as the body (by its content
 * type, at most 10 MB), `?dryRun=false` to apply it; and a template to fill in.
 */
@Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
@Controller('api/import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('projects')
  @HttpCode(200)
  async import(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentCaller() caller: Caller,
    @Query(DRY_RUN_PARAM) dryRunParam?: string,
  ): Promise<ImportReport> {
    const dryRun = readDryRun(dryRunParam);
    const format = formatOf(request.headers['content-type']);
    const body: unknown = request.body;
    if (!format || !Buffer.isBuffer(body)) {
      response.status(415);
      return ImportService.refusedFile(
        new FileProblem(
          'UNSUPPORTED_TYPE',
          `Send the file with the content type ${IMPORT_CONTENT_TYPES.xlsx} (.xlsx) or ${IMPORT_CONTENT_TYPES.csv} (.csv)`,
        ),
        dryRun,
      );
    }
    let report: ImportReport;
    try {
      report = await this.imports.import(await readTables(body, format), dryRun, caller);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      response.status(400);
      return ImportService.refusedFile(error, dryRun);
    }
    const fileProblem = report.errors.some((problem) => problem.row === null || problem.row === 1);
    if (fileProblem) response.status(400);
    else if (!dryRun && report.errors.length > 0) response.status(422);
    return report;
  }

  /** A workbook with the import's sheets and columns (the export's headers, formats and widths), no rows, and notes. */
  @Get('projects-template.xlsx')
  async template(@Res() response: Response, @Query(LOCALE_PARAM) localeParam?: string): Promise<void> {
    const locale = readLocale(localeParam);
    const labels = EXPORT_LABELS[locale];
    const book = new Workbook();
    book.creator = 'Leitstand';
    const currency = this.imports.currency;
    const columns: Record<(typeof SHEET_ORDER)[number], Column<never>[]> = {
      projects: projectColumns(locale, currency) as Column<never>[],
      milestones: milestoneColumns(locale) as Column<never>[],
      kpis: kpiColumns(locale) as Column<never>[],
    };
    for (const sheet of SHEET_ORDER) {
      const read = new Set(SHEET_COLUMNS[sheet].read.map((key) => labels.column[key]));
      const worksheet = book.addWorksheet(labels.sheet[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = columns[sheet]
        .filter((column) => read.has(column.header))
        .map((column, index) => {
          const numFmt = numberFormat(column.kind, locale, currency);
          return { key: String(index), header: column.header, width: column.width, style: numFmt ? { numFmt } : {} };
        });
      worksheet.getRow(1).font = { bold: true };
    }
    const notes = book.addWorksheet(locale === 'de' ? 'Hinweise' : 'Notes');
    notes.columns = [{ width: 120 }];
    NOTES[locale].forEach((line, index) => {
      notes.getRow(index + 1).getCell(1).value = line;
      if (index === 0) notes.getRow(1).font = { bold: true };
    });
    const file = Buffer.from(await book.xlsx.writeBuffer());
    response.status(200);
    response.setHeader('Content-Type', IMPORT_CONTENT_TYPES.xlsx);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${locale === 'de' ? 'leitstand-importvorlage' : 'leitstand-import-template'}.xlsx"`,
    );
    response.setHeader('Cache-Control', 'no-store');
    response.end(file);
  }
}
