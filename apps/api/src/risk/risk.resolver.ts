import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, ProjectWriters } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import type { GraphQLContext } from '../graphql/graphql-context';
import { loadersFor } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.input';
import { Risk } from './risk.entity';
import { RiskService } from './risk.service';

@Resolver(() => Risk)
export class RiskResolver {
  constructor(private readonly risks: RiskService) {}

  @ProjectWriters()
  @Mutation(() => Risk)
  createRisk(@Args('input') input: CreateRiskInput, @CurrentCaller() caller: Caller): Promise<Risk> {
    return this.risks.create(input, caller);
  }

  @ProjectWriters()
  @Mutation(() => Risk)
  updateRisk(@Args('input') input: UpdateRiskInput, @CurrentCaller() caller: Caller): Promise<Risk> {
    return this.risks.update(input, caller);
  }

  @ResolveField(() => Project)
  project(@Parent() risk: Risk, @Context() context: GraphQLContext) {
    return loadersFor(context, risk).project.load(risk.projectId);
  }

  @ResolveField(() => Person, { nullable: true })
  owner(@Parent() risk: Risk, @Context() context: GraphQLContext) {
    return risk.ownerId ? context.loaders.person.load(risk.ownerId) : null;
  }
}
