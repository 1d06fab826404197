import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { Project } from './project.entity';
import { ProjectRepository } from './project.repository';

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
  constructor(private readonly projects: ProjectRepository) {}

  async assertCanEdit(caller: Caller, projectId: string): Promise<void> {
    const access = await this.projects.accessOf(projectId, caller.personId);
    if (!access) throw new NotFoundError('Project', projectId);
    decide(caller, access.leadId, access.member);
  }

  /**
   * Reads a project named in an input for a write and checks that the caller may change it, in one
   * statement. Without a caller (the system), only the read. An unknown id is bad input at that path.
   * The write that follows must apply only to the version read (`WHERE version = …`).
   */
  async readForEdit(caller: Acting, projectId: string, path = 'input.projectId'): Promise<Project> {
    const found = await this.projects.withMembership(projectId, actorIdOf(caller));
    if (!found)
      throw BadUserInputError.field(path, 'UNKNOWN_REFERENCE', 'is not the id of a project', { what: 'Project' });
    if (caller !== SYSTEM) decide(caller, found.project.leadId, found.member);
    return found.project;
  }

  /** The same, for a project named in an input: an unknown id is bad input at that path. */
  async assertCanEditReferenced(caller: Caller, projectId: string, path = 'input.projectId'): Promise<void> {
    try {
      await this.assertCanEdit(caller, projectId);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw BadUserInputError.field(path, 'UNKNOWN_REFERENCE', 'is not the id of a project', { what: 'Project' });
      throw error;
    }
  }
}
