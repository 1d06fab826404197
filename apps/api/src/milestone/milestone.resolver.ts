import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, ProjectWriters, SignedIn } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { Connection, ConnectionType, toPage } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/graphql-context';
import { DateScalar } from '../graphql/scalars';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';
import { CreateMilestoneInput, MilestoneFilter, UpdateMilestoneInput } from './dto/milestone.input';
import { MilestoneRebaseline } from './milestone-rebaseline.entity';
import { Milestone } from './milestone.entity';
import { MilestoneService } from './milestone.service';

const MilestoneConnection = ConnectionType(Milestone, 'Milestone');

@Resolver(() => Milestone)
export class MilestoneResolver {
  constructor(private readonly milestoneService: MilestoneService) {}

  @SignedIn()
  @Query(() => MilestoneConnection, { description: 'Across the portfolio, by due date (forecast, else planned).' })
  milestones(
    @Args('filter', { type: () => MilestoneFilter, nullable: true }) filter?: MilestoneFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Milestone>> {
    return this.milestoneService.list(filter, toPage(first, after));
  }

  @ProjectWriters()
  @Mutation(() => Milestone)
  createMilestone(@Args('input') input: CreateMilestoneInput, @CurrentCaller() caller: Caller): Promise<Milestone> {
    return this.milestoneService.create(input, caller);
  }

  @ProjectWriters()
  @Mutation(() => Milestone)
  updateMilestone(@Args('input') input: UpdateMilestoneInput, @CurrentCaller() caller: Caller): Promise<Milestone> {
    return this.milestoneService.update(input, caller);
  }

  @ProjectWriters()
  @Mutation(() => Milestone, { description: 'completedDate defaults to today.' })
  completeMilestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
    @Args('completedDate', { type: () => DateScalar, nullable: true }) completedDate?: string | null,
  ): Promise<Milestone> {
    return this.milestoneService.complete(id, expectedVersion, completedDate, caller);
  }

  @ProjectWriters()
  @Mutation(() => ID, {
    description: 'Removes a milestone that was created by mistake; its history stays. Returns the removed id.',
  })
  deleteMilestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
  ): Promise<string> {
    return this.milestoneService.delete(id, expectedVersion, caller);
  }

  @ProjectWriters()
  @Mutation(() => Milestone, {
    description: "Moves a milestone's baseline (plannedDate), with a reason; the old baseline stays in `rebaselines`.",
  })
  rebaselineMilestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('plannedDate', { type: () => DateScalar }) plannedDate: string,
    @Args('reason') reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<Milestone> {
    return this.milestoneService.rebaseline(id, expectedVersion, plannedDate, reason, caller);
  }

  @ResolveField(() => [MilestoneRebaseline], {
    description: 'Every change of the baseline (plannedDate), oldest first.',
  })
  rebaselines(@Parent() milestone: Milestone, @Context() context: GraphQLContext) {
    return context.loaders.rebaselinesOfMilestone.load(milestone.id);
  }

  @ResolveField(() => Project)
  project(@Parent() milestone: Milestone, @Context() context: GraphQLContext) {
    return context.loaders.project.load(milestone.projectId);
  }

  @ResolveField(() => Person, { nullable: true })
  owner(@Parent() milestone: Milestone, @Context() context: GraphQLContext) {
    return milestone.ownerId ? context.loaders.person.load(milestone.ownerId) : null;
  }
}

@Resolver(() => MilestoneRebaseline)
export class RebaselineResolver {
  @ResolveField(() => Person, { nullable: true, description: 'Who moved the baseline.' })
  by(@Parent() rebaseline: MilestoneRebaseline, @Context() context: GraphQLContext) {
    return rebaseline.byId ? context.loaders.person.load(rebaseline.byId) : null;
  }
}
