import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
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

  insertStrategy(values: Pick<Strategy, 'name' | 'description' | 'startYear' | 'endYear'>): Promise<Strategy> {
    return this.uow.manager.save(this.uow.manager.create(Strategy, values));
  }

  insertField(values: Pick<FieldOfAction, 'strategyId' | 'name' | 'description'>): Promise<FieldOfAction> {
    return this.uow.manager.save(this.uow.manager.create(FieldOfAction, values));
  }
}
