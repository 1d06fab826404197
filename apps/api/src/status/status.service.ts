import { Injectable } from '@nestjs/common';
import { Acting, actorIdOf, SYSTEM } from '../access/caller';
import { AsOf } from '../common/as-of';
import { diff } from '../audit/audit.service';
import { Connection, Page } from '../graphql/connection';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { ProjectRepository } from '../project/project.repository';
import { PostStatusUpdateInput } from './dto/status.input';
import { StatusUpdate } from './status-update.entity';
import { ReportValues, StatusRepository, StatusRow } from './status.repository';

@Injectable()
export class StatusService {
  constructor(
    private readonly reports: StatusRepository,
    private readonly projects: ProjectRepository,
    private readonly policy: ProjectAccessPolicy,
  ) {}

  /**
   * Appends a status report and sets the project's health, phase and progress from it, with its
   * history entry, in one statement. The report's time is the instant of the change (change_instant()),
   * so that reports are in the order in which they changed the project, and the project's history
   * shows the report's health from the report's own time; the system (the demo's history) names the
   * author and the time. The report comes back with the project as the write left it.
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
  ): Promise<StatusRow> {
    const authorId = caller === SYSTEM ? options.authorId : caller.personId;
    if (!authorId) throw new Error('A status report needs an author');
    // Each further turn means that another write to the project succeeded in between.
    for (;;) {
      const before = await this.policy.readForEdit(caller, input.projectId);
      const report: ReportValues = {
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
      const posted = await this.reports.post(report, before.version, options.at ?? null, {
        actorId: actorIdOf(caller),
        action: 'status.posted',
        entityType: 'StatusUpdate',
        projectId: before.id,
        changes: [
          ...diff(null, { summary: report.summary }, ['summary']),
          ...diff({ ...before }, after, this.projects.recordedFields),
        ],
      });
      if (posted) return posted;
    }
  }

  byIds(ids: readonly string[], asOf: AsOf = null): Promise<StatusUpdate[]> {
    return this.reports.byIds(ids, asOf);
  }

  /** The newest report of each project (posted by `asOf`). */
  latestOfProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<StatusUpdate[]> {
    return this.reports.latestOfProjects(projectIds, asOf);
  }

  ofProject(projectId: string, page: Page, asOf: AsOf = null): Promise<Connection<StatusUpdate>> {
    return this.reports.ofProject(projectId, page, asOf);
  }
}
