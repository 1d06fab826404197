import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Acting, actorIdOf, SYSTEM } from '../access/caller';
import { AuditService, diff } from '../audit/audit.service';
import { pageLimit, selectColumns, SqlParams } from '../common/sql';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { prefetch } from '../graphql/prefetch';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { PROJECT_HISTORY_FIELDS } from '../project/project.service';
import { Project } from '../project/project.entity';
import { PostStatusUpdateInput } from './dto/status.input';
import { StatusUpdate } from './status-update.entity';
import { UnitOfWork } from '../database/unit-of-work';

@Injectable()
export class StatusService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: ProjectAccessPolicy,
  ) {}

  /**
   * Appends a status report and sets the project's health, phase and progress from it, with its
   * history entry, in one statement. The report's time is the database's clock at the write, so that
   * reports are in the order in which they changed the project; the system (caller null: the demo's
   * history) names the author and the time. The report comes back with the project as the write left
   * it (`prefetch`ed as its `project`).
   *
   * The project is read first (with the access check), and the statement applies only if the project
   * is still at the version read: one statement is atomic by itself, so no transaction and no lock
   * are needed. When another write came in between, the statement changes nothing and the report is
   * made again from the project as it is now, so that no report is lost and none is computed from
   * an outdated state.
   */
  async post(
    input: PostStatusUpdateInput,
    caller: Acting,
    options: { authorId?: string; at?: Date } = {},
  ): Promise<StatusUpdate> {
    const authorId = caller === SYSTEM ? options.authorId : caller.personId;
    if (!authorId) throw new Error('A status report needs an author');
    const manager = this.uow.manager;
    // Each further turn means that another write to the project succeeded in between.
    for (;;) {
      const before = await this.policy.readForEdit(caller, input.projectId, manager);
      const report = {
        projectId: before.id,
        authorId,
        health: input.health,
        phase: input.phase ?? before.phase,
        progress: input.progress ?? before.progress,
        summary: input.summary,
        achievements: input.achievements ?? null,
        nextSteps: input.nextSteps ?? null,
        blockers: input.blockers ?? null,
      };
      const after = { ...before, health: report.health, phase: report.phase, progress: report.progress };
      const sql = new SqlParams();
      const columns = this.dataSource.getMetadata(StatusUpdate).columns.filter((c) => c.propertyName in report);
      const project = `UPDATE project SET health = ${sql.param(report.health)}, phase = ${sql.param(report.phase)},
                              progress = ${sql.param(report.progress)},
                              last_status_at = COALESCE(${sql.param(options.at ?? null)}::timestamptz, clock_timestamp()),
                              version = version + 1, updated_at = now()
                        WHERE id = ${sql.param(before.id)} AND version = ${sql.param(before.version)}
                    RETURNING ${selectColumns(this.uow.manager, Project, 'project')}`;
      const values = columns.map((column) => sql.param(report[column.propertyName as keyof typeof report]));
      const history = this.audit.insertFrom(sql, 'report', {
        actorId: actorIdOf(caller),
        action: 'status.posted',
        entityType: 'StatusUpdate',
        projectId: before.id,
        changes: [
          ...diff(null, { summary: report.summary }, ['summary']),
          ...diff({ ...before }, after, PROJECT_HISTORY_FIELDS),
        ],
      });
      // The report and its history exist only where the project's row was updated.
      const rows: (Project & { _report: string })[] = await manager.query(
        `WITH project AS (${project}),
              report AS (INSERT INTO status_update (${columns.map((c) => `"${c.databaseName}", `).join('')}created_at)
                         SELECT ${values.join(', ')}, project."lastStatusAt" FROM project RETURNING id),
              history AS (${history})
         SELECT report.id AS "_report", project.* FROM report, project`,
        sql.values,
      );
      if (rows.length === 1) {
        const [{ _report, ...written }] = rows;
        return prefetch({ id: _report, ...report, createdAt: written.lastStatusAt } as StatusUpdate, {
          project: written,
        });
      }
    }
  }

  byIds(ids: readonly string[]): Promise<StatusUpdate[]> {
    return this.uow.manager.query(
      `SELECT ${selectColumns(this.uow.manager, StatusUpdate, 's')} FROM status_update s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The newest report of each project. */
  latestOfProjects(projectIds: readonly string[]): Promise<StatusUpdate[]> {
    return this.uow.manager.query(
      `SELECT DISTINCT ON (s.project_id) ${selectColumns(this.uow.manager, StatusUpdate, 's')}
         FROM status_update s WHERE s.project_id = ANY($1::uuid[]) ORDER BY s.project_id, s.created_at DESC, s.id DESC`,
      [projectIds],
    );
  }

  async ofProject(projectId: string, page: Page): Promise<Connection<StatusUpdate>> {
    const rows: (StatusUpdate & { _total: number })[] = await this.uow.manager.query(
      `SELECT ${selectColumns(this.uow.manager, StatusUpdate, 's')}, count(*) OVER ()::int AS "_total"
         FROM status_update s WHERE s.project_id = $1 ORDER BY s.created_at DESC, s.id DESC OFFSET $2 ${pageLimit(page.limit)}`,
      [projectId, page.offset],
    );
    const total = await pageTotal(rows, page, async () => {
      const [{ n }] = await this.uow.manager.query(
        'SELECT count(*)::int AS n FROM status_update WHERE project_id = $1',
        [projectId],
      );
      return n;
    });
    return toConnection(rows, page, total);
  }
}
