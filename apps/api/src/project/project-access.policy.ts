import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { selectColumns } from '../common/sql';
import { Project } from './project.entity';

/** The rule itself, given the project's lead and whether the caller is a member. */
function decide(caller: Caller, leadId: string | null, member: boolean): void {
  if (caller.role === Role.ADMIN || caller.role === Role.PORTFOLIO_MANAGER) return;
  if (caller.role === Role.PROJECT_LEAD && (leadId === caller.personId || member)) return;
  throw new ForbiddenError(
    'Only the lead and the members of this project, portfolio managers and administrators may change it.',
  );
}

/**
 * Who may change a project and what belongs to it: PORTFOLIO_MANAGER and ADMIN everywhere;
 * PROJECT_LEAD on the projects they lead or belong to; nobody else. Called inside the write's
 * transaction, so that the answer holds for the write.
 */
@Injectable()
export class ProjectAccessPolicy {
  async assertCanEdit(caller: Caller, projectId: string, manager: EntityManager): Promise<void> {
    const rows: { lead_id: string | null; member: boolean }[] = await manager.query(
      `SELECT p.lead_id, EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.person_id = $2) AS member
         FROM project p WHERE p.id = $1`,
      [projectId, caller.personId],
    );
    if (rows.length === 0) throw new NotFoundError('Project', projectId);
    decide(caller, rows[0].lead_id, rows[0].member);
  }

  /**
   * Reads a project named in an input for a write and checks that the caller may change it, in one
   * statement. Without a caller (the system), only the read. An unknown id is bad input at that path.
   * The write that follows must apply only to the version read (`WHERE version = …`).
   */
  async readForEdit(
    caller: Acting,
    projectId: string,
    manager: EntityManager,
    path = 'input.projectId',
  ): Promise<Project> {
    const rows: (Project & { _member: boolean })[] = await manager.query(
      `SELECT ${selectColumns(manager.connection, Project, 'p')},
              EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.person_id = $2) AS "_member"
         FROM project p WHERE p.id = $1`,
      [projectId, actorIdOf(caller)],
    );
    if (rows.length === 0) throw BadUserInputError.field(path, 'is not the id of a project');
    const { _member, ...project } = rows[0];
    if (caller !== SYSTEM) decide(caller, project.leadId, _member);
    return manager.create(Project, project as Project);
  }

  /** The same, for a project named in an input: an unknown id is bad input at that path. */
  async assertCanEditReferenced(
    caller: Caller,
    projectId: string,
    manager: EntityManager,
    path = 'input.projectId',
  ): Promise<void> {
    try {
      await this.assertCanEdit(caller, projectId, manager);
    } catch (error) {
      if (error instanceof NotFoundError) throw BadUserInputError.field(path, 'is not the id of a project');
      throw error;
    }
  }
}
