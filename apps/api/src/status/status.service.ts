import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../access/caller';
import { AuditService, diff } from '../audit/audit.service';
import { selectColumns } from '../common/sql';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
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
      const at = options.at ?? new Date();
      const update = tx.create(StatusUpdate, {
        projectId: input.projectId,
        authorId,
        health: input.health,
        phase: input.phase ?? before.phase,
        progress: input.progress ?? before.progress,
        summary: input.summary,
        achievements: input.achievements ?? null,
        nextSteps: input.nextSteps ?? null,
        blockers: input.blockers ?? null,
        createdAt: at,
      });
      await tx.save(update);
      const after = { ...before, health: update.health, phase: update.phase, progress: update.progress };
      // The project as it now is comes back from the UPDATE itself: the answer shows it without another query.
      const { raw } = await tx
        .createQueryBuilder()
        .update(Project)
        .set({
          health: update.health,
          phase: update.phase,
          progress: update.progress,
          lastStatusAt: at,
          version: before.version + 1,
        })
        .where('id = :id', { id: before.id })
        .returning('*')
        .execute();
      update.project = tx.create(Project, this.projectFromRow(tx, (raw as Record<string, unknown>[])[0]));
      await this.audit.record(tx, {
        actorId: caller?.personId ?? null,
        action: 'status.posted',
        entityType: 'StatusUpdate',
        entityId: update.id,
        projectId: before.id,
        changes: [
          ...diff(null, { summary: update.summary }, ['summary']),
          ...diff({ ...before }, after, PROJECT_HISTORY_FIELDS),
        ],
      });
      return update;
    };
    return options.manager ? run(options.manager) : this.dataSource.transaction(run);
  }

  /** A row as RETURNING * gives it (column names) as the entity's properties. */
  private projectFromRow(tx: EntityManager, row: Record<string, unknown>): Partial<Project> {
    const project: Record<string, unknown> = {};
    for (const column of tx.connection.getMetadata(Project).columns)
      project[column.propertyName] = row[column.databaseName];
    return project as Partial<Project>;
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
