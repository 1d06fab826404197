import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Caller } from '../access/caller';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';

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
    if (caller.role === Role.ADMIN || caller.role === Role.PORTFOLIO_MANAGER) return;
    if (caller.role === Role.PROJECT_LEAD && (rows[0].lead_id === caller.personId || rows[0].member)) return;
    throw new ForbiddenError(
      'Only the lead and the members of this project, portfolio managers and administrators may change it.',
    );
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
