import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfLists } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { FieldOfAction } from './field-of-action.entity';
import { Strategy } from './strategy.entity';
import { StrategyService } from './strategy.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    strategy: DataLoader<string, Strategy | null>;
    field: DataLoader<string, FieldOfAction | null>;
    fieldsOfStrategy: DataLoader<string, FieldOfAction[]>;
  }
}

/** Strategies and their fields of action, for every request; and as nodes. */
@Injectable()
export class StrategyLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly strategies: StrategyService,
  ) {}

  onModuleInit(): void {
    this.registry.register(() => ({
      strategy: loaderById((ids) => this.strategies.byIds(ids)),
      field: loaderById((ids) => this.strategies.fieldsByIds(ids)),
      fieldsOfStrategy: loaderOfLists(
        (ids) => this.strategies.fieldsOf(ids),
        (field) => field.strategyId,
      ),
    }));
    this.registry.registerNode({
      type: 'Strategy',
      table: 'strategy',
      load: (id, loaders) => loaders.strategy.load(id),
    });
    this.registry.registerNode({
      type: 'FieldOfAction',
      table: 'field_of_action',
      load: (id, loaders) => loaders.field.load(id),
    });
  }
}
