import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { diff } from '../audit/audit.service';
import { BadUserInputError } from '../common/errors';
import { CreateFieldOfActionInput, CreateStrategyInput } from './dto/strategy.input';
import { FieldOfAction } from './field-of-action.entity';
import { Strategy } from './strategy.entity';
import { UnitOfWork } from '../database/unit-of-work';
import { Acting, actorIdOf } from '../access/caller';

@Injectable()
export class StrategyService {
  constructor(private readonly uow: UnitOfWork) {}

  all(): Promise<Strategy[]> {
    return this.uow.manager.getRepository(Strategy).find({ order: { startYear: 'DESC', name: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<Strategy[]> {
    return this.uow.manager.getRepository(Strategy).findBy({ id: In([...ids]) });
  }

  fieldsByIds(ids: readonly string[]): Promise<FieldOfAction[]> {
    return this.uow.manager.getRepository(FieldOfAction).findBy({ id: In([...ids]) });
  }

  fieldsOf(strategyIds: readonly string[]): Promise<FieldOfAction[]> {
    return this.uow.manager
      .getRepository(FieldOfAction)
      .find({ where: { strategyId: In([...strategyIds]) }, order: { name: 'ASC' } });
  }

  async create(input: CreateStrategyInput, caller: Acting): Promise<Strategy> {
    if (input.endYear < input.startYear)
      throw BadUserInputError.field('input.endYear', 'must not be before the start year');
    const run = async (tx: EntityManager) => {
      if (await tx.existsBy(Strategy, { name: input.name }))
        throw BadUserInputError.field('input.name', 'is already the name of another strategy');
      const strategy = await tx.save(tx.create(Strategy, { ...input, description: input.description ?? null }));
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'strategy.created',
        entityType: 'Strategy',
        entityId: strategy.id,
        projectId: null,
        changes: diff(null, { ...strategy }, ['name', 'description', 'startYear', 'endYear']),
      });
      return strategy;
    };
    return this.uow.transaction(run);
  }

  async createField(input: CreateFieldOfActionInput, caller: Acting): Promise<FieldOfAction> {
    const run = async (tx: EntityManager) => {
      if (!(await tx.existsBy(Strategy, { id: input.strategyId })))
        throw BadUserInputError.field('input.strategyId', 'is not the id of a strategy');
      if (await tx.existsBy(FieldOfAction, { strategyId: input.strategyId, name: input.name })) {
        throw BadUserInputError.field('input.name', 'is already the name of a field of action of this strategy');
      }
      const field = await tx.save(tx.create(FieldOfAction, { ...input, description: input.description ?? null }));
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'field.created',
        entityType: 'FieldOfAction',
        entityId: field.id,
        projectId: null,
        changes: diff(null, { ...field }, ['name', 'description', 'strategyId']),
      });
      return field;
    };
    return this.uow.transaction(run);
  }
}
