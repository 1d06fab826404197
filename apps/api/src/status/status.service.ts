import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../access/caller';
import { AuditService, diff } from '../audit/audit.service';
import { selectColumns, SqlParams } from '../common/sql';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { prefetch } from '../graphql/prefetch';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { PROJECT_HISTORY_FIELDS } from '../project/project.service';
import { Project } from '../project/project.entity';
import { PostStatusUpdateInput } from './dto/status.input';
import { StatusUpdate } from './status-update.entity';

@Injectable()
export class StatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: ProjectAccessPolicy,
  ) {}

  /**
   * Appends a status report and, in the same transaction, sets the project's health, phase and
   * progress from it. The system (caller null: the demo's history) names the author and the time.
   * The report comes back with the project as the write left it (`prefetch`ed as its `project`).
   */
  async post(
    input: PostStatusUpdateInput,
    caller: Caller | null,
    options: { manager?: EntityManager; authorId?: string; at?: Date } = {},
  ): Promise<StatusUpdate> {
    const authorId = caller?.personId ?? options.authorId;
    if (!authorId) throw new Error('A status report needs an author');
    const run = async (tx: EntityManager) => {
      // The access check and the row lock in one statement: a report is the most frequent write.
      const before = await this.policy.lockForEdit(caller, input.projectId, tx);
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
        createdAt: options.at ?? new Date(),
      };
      const after = { ...before, health: report.health, phase: report.phase, progress: report.progress };
      const sql = new SqlParams();
      const columns = this.dataSource.getMetadata(StatusUpdate).columns.filter((c) => c.propertyName in report);
      const values = columns.map((column) => sql.param(report[column.propertyName as keyof typeof report]));
      const history = this.audit.insertFrom(sql, 'report', {
        actorId: caller?.personId ?? null,
        action: 'status.posted',
        entityType: 'StatusUpdate',
        projectId: before.id,
        changes: [
          ...diff(null, { summary: report.summary }, ['summary']),
          ...diff({ ...before }, after, PROJECT_HISTORY_FIELDS),
        ],
      });
      // The report, the project's new state and the history entry in one statement: one round trip,
      // not three. The project as it now is comes back from the UPDATE (as the entity's properties), so
      // the answer needs no query.
      const [{ _report, ...project }]: (Project & { _report: string })[] = await tx.query(
        `WITH report AS (INSERT INTO status_update (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
                         VALUES (${values.join(', ')}) RETURNING id),
              project AS (UPDATE project SET health = ${sql.param(report.health)}, phase = ${sql.param(report.phase)},
                                 progress = ${sql.param(report.progress)}, last_status_at = ${sql.param(report.createdAt)},
                                 version = ${sql.param(before.version + 1)}, updated_at = now()
                           WHERE id = ${sql.param(before.id)} RETURNING ${selectColumns(this.dataSource, Project, 'project')}),
              history AS (${history})
         SELECT report.id AS "_report", project.* FROM report, project`,
        sql.values,
      );
      return prefetch({ id: _report, ...report } as StatusUpdate, { project });
    };
    return options.manager ? run(options.manager) : this.dataSource.transaction(run);
  }

  byIds(ids: readonly string[]): Promise<StatusUpdate[]> {
    return this.dataSource.query(
      `SELECT ${selectColumns(this.dataSource, StatusUpdate, 's')} FROM status_update s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The newest report of each project. */
  latestOfProjects(projectIds: readonly string[]): Promise<StatusUpdate[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (s.project_id) ${selectColumns(this.dataSource, StatusUpdate, 's')}
         FROM status_update s WHERE s.project_id = ANY($1::uuid[]) ORDER BY s.project_id, s.created_at DESC, s.id DESC`,
      [projectIds],
    );
  }

  async ofProject(projectId: string, page: Page): Promise<Connection<StatusUpdate>> {
    const rows: (StatusUpdate & { _total: number })[] = await this.dataSource.query(
      `SELECT ${selectColumns(this.dataSource, StatusUpdate, 's')}, count(*) OVER ()::int AS "_total"
         FROM status_update s WHERE s.project_id = $1 ORDER BY s.created_at DESC, s.id DESC OFFSET $2 LIMIT $3`,
      [projectId, page.offset, page.limit],
    );
    const total = await pageTotal(rows, page, async () => {
      const [{ n }] = await this.dataSource.query(
        'SELECT count(*)::int AS n FROM status_update WHERE project_id = $1',
        [projectId],
      );
      return n;
    });
    return toConnection(rows, page, total);
  }
}
