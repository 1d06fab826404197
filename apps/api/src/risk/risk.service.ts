import { PROJECT_LIMITS, RiskStatus } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { assertRoomFor } from '../common/list-bounds';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { Person } from '../people/person.entity';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.input';
import { Risk } from './risk.entity';
import { UnitOfWork } from '../database/unit-of-work';

const HISTORY_FIELDS = ['title', 'description', 'probability', 'impact', 'status', 'mitigation', 'ownerId'] as const;

@Injectable()
export class RiskService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ProjectAccessPolicy,
  ) {}

  async create(input: CreateRiskInput & { status?: RiskStatus }, caller: Acting): Promise<Risk> {
    const run = async (tx: EntityManager) => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId, tx);
      await this.checkOwner(tx, input.ownerId);
      await assertRoomFor(tx, Risk, { projectId: input.projectId }, PROJECT_LIMITS.risks, {
        path: 'input.projectId',
        what: 'risks',
      });
      const risk = tx.create(Risk, {
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
      await tx.save(risk);
      await this.record(caller, 'risk.created', null, risk);
      return risk;
    };
    return this.uow.transaction(run);
  }

  async update(input: UpdateRiskInput, caller: Caller): Promise<Risk> {
    return this.uow.transaction(async (tx) => {
      const risk = await tx.findOneBy(Risk, { id: input.id });
      if (!risk) throw new NotFoundError('Risk', input.id);
      await this.policy.assertCanEdit(caller, risk.projectId, tx);
      await this.checkOwner(tx, input.ownerId);
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

  byIds(ids: readonly string[]): Promise<Risk[]> {
    return this.uow.manager.getRepository(Risk).findBy({ id: In([...ids]) });
  }

  byProjects(projectIds: readonly string[]): Promise<Risk[]> {
    return this.uow.manager
      .getRepository(Risk)
      .find({ where: { projectId: In([...projectIds]) }, order: { createdAt: 'ASC', title: 'ASC' } });
  }

  private async record(caller: Acting, action: string, before: Risk | null, after: Risk): Promise<void> {
    await this.uow.record({
      actorId: actorIdOf(caller),
      action,
      entityType: 'Risk',
      entityId: after.id,
      projectId: after.projectId,
      changes: diff(before ? { ...before } : null, { ...after }, HISTORY_FIELDS),
    });
  }

  private async checkOwner(tx: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await tx.existsBy(Person, { id: ownerId })))
      throw BadUserInputError.field('input.ownerId', 'is not the id of a person');
  }
}
