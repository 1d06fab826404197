import type { HistoryAction } from '@leitstand/shared-domain';
import { RiskStatus } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { AsOf } from '../common/as-of';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.input';
import { Risk } from './risk.entity';
import { RiskRepository } from './risk.repository';
import { UnitOfWork } from '../database/unit-of-work';

const HISTORY_FIELDS = ['title', 'description', 'probability', 'impact', 'status', 'mitigation', 'ownerId'] as const;

@Injectable()
export class RiskService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly risks: RiskRepository,
    private readonly policy: ProjectAccessPolicy,
  ) {}

  async create(input: CreateRiskInput & { status?: RiskStatus }, caller: Acting): Promise<Risk> {
    const run = async () => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId);
      await this.checkOwner(input.ownerId);
      const risk = await this.risks.insert({
        projectId: input.projectId,
        title: input.title,
        description: input.description ?? null,
        probability: input.probability,
        impact: input.impact,
        status: input.status ?? RiskStatus.OPEN,
        mitigation: input.mitigation ?? null,
        ownerId: input.ownerId ?? null,
        version: 1,
      });
      await this.record(caller, 'risk.created', null, risk);
      return risk;
    };
    return this.uow.transaction(run);
  }

  async update(input: UpdateRiskInput, caller: Caller): Promise<Risk> {
    return this.uow.transaction(async () => {
      const risk = await this.risks.findById(input.id);
      if (!risk) throw new NotFoundError('Risk', input.id);
      await this.policy.assertCanEdit(caller, risk.projectId);
      await this.checkOwner(input.ownerId);
      const { before, after } = await this.uow.update(Risk, 'Risk', input.id, input.expectedVersion, () => {
        const changes: Partial<Risk> = {};
        for (const key of HISTORY_FIELDS)
          if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
        return changes;
      });
      await this.record(caller, 'risk.updated', before, after);
      return after;
    });
  }

  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Risk[]> {
    return this.risks.byIds(ids, asOf);
  }

  byProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<Risk[]> {
    return this.risks.byProjects(projectIds, asOf);
  }

  private async record(caller: Acting, action: HistoryAction, before: Risk | null, after: Risk): Promise<void> {
    await this.uow.record({
      actorId: actorIdOf(caller),
      action,
      entityType: 'Risk',
      entityId: after.id,
      projectId: after.projectId,
      changes: diff(before ? { ...before } : null, { ...after }, HISTORY_FIELDS),
    });
  }

  private async checkOwner(ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await this.risks.ownerExists(ownerId)))
      throw BadUserInputError.field('input.ownerId', 'UNKNOWN_REFERENCE', 'is not the id of a person', {
        what: 'Person',
      });
  }
}
