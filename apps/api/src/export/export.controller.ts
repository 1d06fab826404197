import { EXPORT_LABELS, ExportFormat } from '@leitstand/shared-domain';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { SignedIn } from '../access/access.decorators';
import { NotFoundError } from '../common/errors';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import { kpiColumns, milestoneColumns, projectColumns } from './export.columns';
import { ExportKind, ExportQuery, readExportQuery } from './export.params';
import { ExportService } from './export.service';
import { Column, CsvTableWriter, TableWriter, XlsxTableWriter } from './table-writer';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const FILE = /^(projects|milestones|kpis)\.(xlsx|csv)$/;

/** One export: its columns and its rows, page by page. */
interface Table<R> {
  columns: Column<R>[];
  rows: AsyncGenerator<R[]>;
}

/**
 * The portfolio's views as workbooks and CSV files, for the web client's buttons and for reporting
 * tools (Excel's "From Web", Power BI) with an API token: `GET /api/export/{projects,milestones,kpis}.{xlsx,csv}`
 * with the query of the web client's address for the same view. Every signed-in person may export
 * what they may read (API tokens included).
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
    const match = FILE.exec(file);
    if (!match) throw new NotFoundError('Export', file);
    const kind = match[1] as ExportKind;
    const format = match[2] as ExportFormat;
    const url = request.originalUrl;
    const query = readExportQuery(kind, new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?')) : ''));
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
}
