import { Injectable } from '@nestjs/common';
import { diff } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import {
  CreateFieldOfActionInput,
  CreateStrategyInput,
  UpdateFieldOfActionInput,
  UpdateStrategyInput,
} from './dto/strategy.input';
import { FieldOfAction } from './field-of-action.entity';
import { Strategy } from './strategy.entity';
import { StrategyRepository } from './strategy.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { Acting, actorIdOf } from '../access/caller';

@Injectable()
export class StrategyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly strategies: StrategyRepository,
  ) {}

  all(): Promise<Strategy[]> {
    return this.strategies.all();
  }

  byIds(ids: readonly string[]): Promise<Strategy[]> {
    return this.strategies.byIds(ids);
  }

  fieldsByIds(ids: readonly string[]): Promise<FieldOfAction[]> {
    return this.strategies.fieldsByIds(ids);
  }

  fieldsOf(strategyIds: readonly string[]): Promise<FieldOfAction[]> {
    return this.strategies.fieldsOf(strategyIds);
  }

  async create(input: CreateStrategyInput, caller: Acting): Promise<Strategy> {
    if (input.endYear < input.startYear)
      throw BadUserInputError.field('input.endYear', 'BEFORE', 'must not be before the start year', {
        other: 'startYear',
      });
    const run = async () => {
      if (await this.strategies.strategyExists({ name: input.name }))
        throw BadUserInputError.field('input.name', 'TAKEN', 'is already the name of another strategy');
      const strategy = await this.strategies.insertStrategy({ ...input, description: input.description ?? null });
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
    const run = async () => {
      if (!(await this.strategies.strategyExists({ id: input.strategyId })))
        throw BadUserInputError.field('input.strategyId', 'UNKNOWN_REFERENCE', 'is not the id of a strategy', {
          what: 'Strategy',
        });
      if (await this.strategies.fieldExists(input.strategyId, input.name)) {
        throw BadUserInputError.field(
          'input.name',
          'TAKEN',
          'is already the name of a field of action of this strategy',
        );
      }
      const field = await this.strategies.insertField({ ...input, description: input.description ?? null });
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

  /**
   * Renames and describes a strategy. Strategies carry no version: the row is locked for the
   * transaction, so two changes follow one another, and the history keeps each.
   */
  async update(input: UpdateStrategyInput, caller: Acting): Promise<Strategy> {
    if (input.endYear < input.startYear)
      throw BadUserInputError.field('input.endYear', 'BEFORE', 'must not be before the start year', {
        other: 'startYear',
      });
    const run = async () => {
      const before = await this.strategies.lockStrategy(input.id);
      if (!before) throw new NotFoundError('Strategy', input.id);
      if (await this.strategies.strategyNameTaken(input.name, input.id))
        throw BadUserInputError.field('input.name', 'TAKEN', 'is already the name of another strategy');
      const after = await this.strategies.updateStrategy(input.id, {
        name: input.name,
        description: input.description ?? null,
        startYear: input.startYear,
        endYear: input.endYear,
      });
      const changes = diff({ ...before }, { ...after }, ['name', 'description', 'startYear', 'endYear']);
      if (changes.length > 0)
        await this.uow.record({
          actorId: actorIdOf(caller),
          action: 'strategy.updated',
          entityType: 'Strategy',
          entityId: after.id,
          projectId: null,
          changes,
        });
      return after;
    };
    return this.uow.transaction(run);
  }

  /** Renames and describes a field of action; it stays with its strategy. */
  async updateField(input: UpdateFieldOfActionInput, caller: Acting): Promise<FieldOfAction> {
    const run = async () => {
      const before = await this.strategies.lockField(input.id);
      if (!before) throw new NotFoundError('FieldOfAction', input.id);
      if (await this.strategies.fieldNameTaken(before.strategyId, input.name, input.id))
        throw BadUserInputError.field(
          'input.name',
          'TAKEN',
          'is already the name of a field of action of this strategy',
        );
      const after = await this.strategies.updateField(input.id, {
        name: input.name,
        description: input.description ?? null,
      });
      const changes = diff({ ...before }, { ...after }, ['name', 'description']);
      if (changes.length > 0)
        await this.uow.record({
          actorId: actorIdOf(caller),
          action: 'field.updated',
          entityType: 'FieldOfAction',
          entityId: after.id,
          projectId: null,
          changes,
        });
      return after;
    };
    return this.uow.transaction(run);
  }
}
