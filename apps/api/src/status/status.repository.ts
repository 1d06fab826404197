import { Injectable } from '@nestjs/common';
import { Change, UnitOfWork } from '../database/unit-of-work';
import { AsOf, stampAsOf } from '../common/as-of';
import { selectColumns } from '../database/columns';
import { madeBy } from '../database/history';
import { pageLimit, sql } from '../database/sql';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { Project } from '../project/project.entity';
import { StatusUpdate } from './status-update.entity';

/** A status report as the API answers with it; after a post, with its project as the post left it. */
export type StatusRow = StatusUpdate & { preloaded?: { project: Project } };

/** What a status report says, and what it sets on its project. */
export type ReportValues = Pick<
  StatusUpdate,
  'projectId' | 'authorId' | 'health' | 'phase' | 'progress' | 'summary' | 'achievements' | 'nextSteps' | 'blockers'
>;

/** Status reports. */
@Injectable()
export class StatusRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Appends a report and sets its project's health, phase and progress from it, with what commits
   * with the change (its history), in one statement, if the project is still at `version`: one
   * statement is atomic by itself. The report's time is `at` or the instant of the change's
   * transaction (change_instant()), the time of its project's new version too.
   * Returns the report with the project as written, or null where the project has moved on.
   */
  async post(
    report: ReportValues,
    version: number,
    at: Date | null,
    change: Omit<Change, 'entityId'>,
  ): Promise<StatusRow | null> {
    const columns = this.uow.manager.connection
      .getMetadata(StatusUpdate)
      .columns.filter((column) => column.propertyName in report);
    const project = sql`UPDATE project SET health = ${report.health}, phase = ${report.phase}, progress = ${report.progress},
                               last_status_at = COALESCE(${at}::timestamptz, change_instant()),
                               version = version + 1, updated_at = COALESCE(${at}::timestamptz, change_instant())
                         WHERE id = ${report.projectId} AND version = ${version}
                     RETURNING ${selectColumns(this.uow.manager, Project, 'project')}`;
    const names = sql.raw(columns.map((column) => `"${column.databaseName}", `).join(''));
    const values = sql.join(columns.map((column) => sql`${report[column.propertyName as keyof ReportValues]}`));
    const recorded = this.uow
      .recordedFrom('report', change)
      .map((statement, index) => sql`, ${sql.raw(`recorded_${index}`)} AS (${statement})`);
    // The report and what commits with it exist only where the project's row was updated.
    const rows = await this.uow.query<Project & { _report: string }>(
      sql`WITH project AS (${project}),
               report AS (INSERT INTO status_update (${names}created_at)
                          SELECT ${values}, project."lastStatusAt" FROM project RETURNING id)
               ${sql.join(recorded, '')}
          SELECT report.id AS "_report", project.* FROM report, project`,
    );
    if (rows.length !== 1) return null;
    const [{ _report, ...written }] = rows;
    return { id: _report, ...report, createdAt: written.lastStatusAt!, preloaded: { project: written as Project } };
  }

  /** The reports with these ids; as of `asOf`, those posted by then. */
  byIds(ids: readonly string[], asOf: AsOf = null): Promise<StatusUpdate[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, StatusUpdate, 's')} FROM status_update s
           WHERE ${sql.and([sql`s.id = ANY(${ids}::uuid[])`, madeBy('s.created_at', asOf)])}`,
    );
  }

  /** The newest report of each project (posted by `asOf`). */
  latestOfProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<StatusUpdate[]> {
    return this.uow.query(
      sql`SELECT DISTINCT ON (s.project_id) ${selectColumns(this.uow.manager, StatusUpdate, 's')}
            FROM status_update s WHERE ${sql.and([sql`s.project_id = ANY(${projectIds}::uuid[])`, madeBy('s.created_at', asOf)])}
           ORDER BY s.project_id, s.created_at DESC, s.id DESC`,
    );
  }

  /** A page of the project's reports (posted by `asOf`), newest first, and the number of all. */
  async ofProject(projectId: string, page: Page, asOf: AsOf = null): Promise<Connection<StatusUpdate>> {
    const where = sql.and([sql`s.project_id = ${projectId}`, madeBy('s.created_at', asOf)]);
    const rows = await this.uow.query<StatusUpdate & { _total: number }>(
      sql`SELECT ${selectColumns(this.uow.manager, StatusUpdate, 's')}, count(*) OVER ()::int AS "_total"
            FROM status_update s WHERE ${where}
           ORDER BY s.created_at DESC, s.id DESC OFFSET ${page.offset} ${pageLimit(page.limit)}`,
    );
    const total = await pageTotal(rows, page, async () => {
      const [{ n }] = await this.uow.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM status_update s WHERE ${where}`,
      );
      return n;
    });
    return toConnection(stampAsOf(rows, asOf), page, total);
  }
}
