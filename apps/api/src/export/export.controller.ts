import { EXPORT_LABELS, ExportFormat } from '@leitstand/shared-domain';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { SignedIn } from '../access/access.decorators';
import { NotFoundError } from '../common/errors';
import { endOfDayIn, todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import {
  changeColumns,
  kpiColumns,
  milestoneColumns,
  overviewColumns,
  projectColumns,
  reportKpiColumns,
  reportProjectColumns,
} from './export.columns';
import { ExportKind, ExportQuery, readExportQuery, readReportQuery, ReportQuery } from './export.params';
import { ExportService, ReportInstants } from './export.service';
import { Column, CsvTableWriter, TableWriter, XlsxTableWriter, XlsxWorkbookWriter } from './table-writer';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const FILE = /^(projects|milestones|kpis)\.(xlsx|csv)$/;

/** The Sachstandsbericht: a workbook only. */
const REPORT_FILE = 'report.xlsx';

/** One export: its columns and its rows, page by page. */
interface Table<R> {
  columns: Column<R>[];
  rows: AsyncGenerator<R[]>;
}

/**
 * The portfolio's views as workbooks and CSV files, for the web client's buttons and for reporting
 * tools (Excel's "From Web", Power BI) with an API token: `GET /api/export/{projects,milestones,kpis}.{xlsx,csv}`
 * with the query of the web client's address for the same view; and the Sachstandsbericht as a
 * workbook, `GET /api/export/report.xlsx?asOf=YYYY-MM-DD&since=YYYY-MM-DD`. Every signed-in person
 * may export what they may read (API tokens included).
 */
@SignedIn()
@Controller('api/export')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get(':file')
  async export(@Param('file') file: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const url = request.originalUrl;
    const params = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?')) : '');
    if (file === REPORT_FILE) return this.report(readReportQuery(params, todayIn(this.config.timeZone)), response);
    const match = FILE.exec(file);
    if (!match) throw new NotFoundError('Export', file);
    const kind = match[1] as ExportKind;
    const format = match[2] as ExportFormat;
    const query = readExportQuery(kind, params);
    switch (kind) {
      case 'projects':
        return this.send(response, kind, format, query, {
          columns: projectColumns(query.locale, this.exports.currency),
          rows: this.exports.projectRows(query),
        });
      case 'milestones':
        return this.send(response, kind, format, query, {
          columns: milestoneColumns(query.locale),
          rows: this.exports.milestoneRows(query),
        });
      case 'kpis':
        return this.send(response, kind, format, query, {
          columns: kpiColumns(query.locale),
          rows: this.exports.kpiRows(query),
        });
    }
  }

  private async send<R>(
    response: Response,
    kind: ExportKind,
    format: ExportFormat,
    query: ExportQuery,
    table: Table<R>,
  ): Promise<void> {
    const labels = EXPORT_LABELS[query.locale];
    // The first page is read before anything is sent: a database that does not answer, or any other
    // failure at the start, still gets its proper status rather than a file cut short.
    const first = await table.rows.next();
    const name = `${labels.file[kind]}-${todayIn(this.config.timeZone)}.${format}`;
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPE[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.setHeader('Cache-Control', 'no-store');
    const writer: TableWriter<R> =
      format === 'xlsx'
        ? new XlsxTableWriter(response, table.columns, query.locale, labels.sheet[kind], this.exports.currency)
        : new CsvTableWriter(response, table.columns, query.locale);
    try {
      if (!first.done) await writer.write(first.value);
      for await (const rows of table.rows) await writer.write(rows);
      await writer.end();
    } catch (error) {
      // The status has been sent: the only way left to say that the file is incomplete is to break the connection.
      this.logger.error(
        { error: error instanceof Error ? error.message : String(error), kind, format },
        'An export failed',
      );
      response.destroy();
    }
  }

  /**
   * The Sachstandsbericht as the web page shows it for the same two dates: the portfolio as of the
   * end of the Stichtag in the city's time zone (now where the Stichtag is today, as its end lies
   * ahead), and what changed after the end of the comparison date up to then. Five sheets, one
   * after the other: the overview, the projects, the milestones, the key figures, the changes.
   */
  private async report(query: ReportQuery, response: Response): Promise<void> {
    const timeZone = this.config.timeZone;
    const today = todayIn(timeZone);
    const instants: ReportInstants = {
      asOf: query.asOf >= today ? null : endOfDayIn(query.asOf, timeZone),
      from: endOfDayIn(query.since, timeZone),
    };
    const labels = EXPORT_LABELS[query.locale];
    const sheets = labels.report.sheet;
    // The figures and the changes are read before anything is sent, so that a failure still gets its status.
    const summary = await this.exports.reportSummary(instants);
    const changes = await this.exports.reportChanges(instants);
    const overview = await this.exports.overviewRows(
      query.locale,
      { asOf: query.asOf, since: query.since, created: today },
      summary,
      changes,
    );
    const name = `${labels.file.report}-${query.asOf}.xlsx`;
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPE.xlsx);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.setHeader('Cache-Control', 'no-store');
    const workbook = new XlsxWorkbookWriter(response, query.locale, this.exports.currency);
    const sheet = async <R>(title: string, columns: Column<R>[], rows: AsyncIterable<R[]> | R[][]) => {
      const writer = workbook.sheet(title, columns);
      for await (const page of rows) await writer.write(page);
      await writer.end();
    };
    try {
      await sheet(sheets.overview, overviewColumns(query.locale), [overview]);
      await sheet(
        sheets.projects,
        reportProjectColumns(query.locale, timeZone),
        this.exports.reportProjectRows(instants),
      );
      await sheet(sheets.milestones, milestoneColumns(query.locale), this.exports.reportMilestoneRows(instants));
      await sheet(sheets.kpis, reportKpiColumns(query.locale), this.exports.reportKpiRows(instants));
      await sheet(sheets.changes, changeColumns(query.locale), this.exports.changeRows(query.locale, changes));
      await workbook.end();
    } catch (error) {
      // The status has been sent: the only way left to say that the file is incomplete is to break the connection.
      this.logger.error(
        { error: error instanceof Error ? error.message : String(error), kind: 'report', format: 'xlsx' },
        'An export failed',
      );
      response.destroy();
    }
  }
}
