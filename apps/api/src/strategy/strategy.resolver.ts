import { Role } from '@leitstand/shared-domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles, SignedIn } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import type { GraphQLContext } from '../graphql/graphql-context';
import {
  CreateFieldOfActionInput,
  CreateStrategyInput,
  UpdateFieldOfActionInput,
  UpdateStrategyInput,
} from './dto/strategy.input';
import { FieldOfAction } from './field-of-action.entity';
import { Strategy } from './strategy.entity';
import { StrategyService } from './strategy.service';

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(private readonly strategyService: StrategyService) {}

  @SignedIn()
  @Query(() => [Strategy])
  strategies(): Promise<Strategy[]> {
    return this.strategyService.all();
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Strategy, { description: 'PORTFOLIO_MANAGER or ADMIN.' })
  createStrategy(@Args('input') input: CreateStrategyInput, @CurrentCaller() caller: Caller): Promise<Strategy> {
    return this.strategyService.create(input, caller);
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => FieldOfAction, { description: 'PORTFOLIO_MANAGER or ADMIN.' })
  createFieldOfAction(
    @Args('input') input: CreateFieldOfActionInput,
    @CurrentCaller() caller: Caller,
  ): Promise<FieldOfAction> {
    return this.strategyService.createField(input, caller);
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Strategy, { description: 'PORTFOLIO_MANAGER or ADMIN. Renames and describes a strategy.' })
  updateStrategy(@Args('input') input: UpdateStrategyInput, @CurrentCaller() caller: Caller): Promise<Strategy> {
    return this.strategyService.update(input, caller);
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => FieldOfAction, {
    description: 'PORTFOLIO_MANAGER or ADMIN. Renames and describes a field of action.',
  })
  updateFieldOfAction(
    @Args('input') input: UpdateFieldOfActionInput,
    @CurrentCaller() caller: Caller,
  ): Promise<FieldOfAction> {
    return this.strategyService.updateField(input, caller);
  }

  @ResolveField(() => [FieldOfAction])
  fields(@Parent() strategy: Strategy, @Context() context: GraphQLContext) {
    return context.loaders.fieldsOfStrategy.load(strategy.id);
  }
}

@Resolver(() => FieldOfAction)
export class FieldOfActionResolver {
  @ResolveField(() => Strategy)
  strategy(@Parent() field: FieldOfAction, @Context() context: GraphQLContext) {
    return context.loaders.strategy.load(field.strategyId);
  }
}
