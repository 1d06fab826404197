import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { FieldOfAction } from './field-of-action.entity';
import { Strategy } from './strategy.entity';

/** Strategies and their fields of action. */
@Injectable()
export class StrategyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  all(): Promise<Strategy[]> {
    return this.uow.manager.find(Strategy, { order: { startYear: 'DESC', name: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<Strategy[]> {
    return this.uow.manager.findBy(Strategy, { id: In([...ids]) });
  }

  fieldsByIds(ids: readonly string[]): Promise<FieldOfAction[]> {
    return this.uow.manager.findBy(FieldOfAction, { id: In([...ids]) });
  }

  fieldsOf(strategyIds: readonly string[]): Promise<FieldOfAction[]> {
    return this.uow.manager.find(FieldOfAction, {
      where: { strategyId: In([...strategyIds]) },
      order: { name: 'ASC' },
    });
  }

  strategyExists(where: { id: string } | { name: string }): Promise<boolean> {
    return this.uow.manager.existsBy(Strategy, where);
  }

  fieldExists(strategyId: string, name: string): Promise<boolean> {
    return this.uow.manager.existsBy(FieldOfAction, { strategyId, name });
  }

  /** Whether another strategy than `exceptId` has this name. */
  strategyNameTaken(name: string, exceptId: string): Promise<boolean> {
    return this.uow.manager.existsBy(Strategy, { name, id: Not(exceptId) });
  }

  /** Whether another field of action of the strategy than `exceptId` has this name. */
  fieldNameTaken(strategyId: string, name: string, exceptId: string): Promise<boolean> {
    return this.uow.manager.existsBy(FieldOfAction, { strategyId, name, id: Not(exceptId) });
  }

  /** The strategy, locked until the transaction ends, so that two renames follow one another. */
  lockStrategy(id: string): Promise<Strategy | null> {
    return this.uow.manager.findOne(Strategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The field of action, locked until the transaction ends. */
  lockField(id: string): Promise<FieldOfAction | null> {
    return this.uow.manager.findOne(FieldOfAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateStrategy(
    id: string,
    values: Pick<Strategy, 'name' | 'description' | 'startYear' | 'endYear'>,
  ): Promise<Strategy> {
    await this.uow.manager.update(Strategy, { id }, values);
    return this.uow.manager.findOneOrFail(Strategy, { where: { id } });
  }

  async updateField(id: string, values: Pick<FieldOfAction, 'name' | 'description'>): Promise<FieldOfAction> {
    await this.uow.manager.update(FieldOfAction, { id }, values);
    return this.uow.manager.findOneOrFail(FieldOfAction, { where: { id } });
  }

  insertStrategy(values: Pick<Strategy, 'name' | 'description' | 'startYear' | 'endYear'>): Promise<Strategy> {
    return this.uow.manager.save(this.uow.manager.create(Strategy, values));
  }

  insertField(values: Pick<FieldOfAction, 'strategyId' | 'name' | 'description'>): Promise<FieldOfAction> {
    return this.uow.manager.save(this.uow.manager.create(FieldOfAction, values));
  }
}
