import { Args, Context, GraphQLISODateTime, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { SignedIn } from '../access/access.decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from '../milestone/milestone.entity';
import { Risk } from '../risk/risk.entity';
import { ProjectFilter } from './dto/project.input';
import { HealthChange, MilestoneSlip, PortfolioChanges, PortfolioChangesService } from './portfolio-changes.service';
import { Project } from './project.entity';

/** The records by id, as the loader finds them, leaving out those that it does not (gone by then). */
async function found<V>(loader: DataLoader<string, V | null>, ids: string[]): Promise<V[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is V => row !== null && !(row instanceof Error));
}

/** portfolioChanges; what it names is answered through the loaders of its `to`, as it stood then. */
@Resolver(() => PortfolioChanges)
export class PortfolioChangesResolver {
  constructor(private readonly changes: PortfolioChangesService) {}

  @SignedIn()
  @Query(() => PortfolioChanges, {
    description: 'What changed between two instants (`to` defaults to now), over the projects that the filter selects.',
  })
  portfolioChanges(
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to?: Date | null,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<PortfolioChanges> {
    return this.changes.between(from, to, filter);
  }

  @ResolveField(() => [Project])
  projectsCreated(@Parent() changes: PortfolioChanges, @Context() context: GraphQLContext) {
    return found(context.loadersAsOf(changes.to).project, changes.ids.created);
  }

  @ResolveField(() => [Project])
  projectsCompleted(@Parent() changes: PortfolioChanges, @Context() context: GraphQLContext) {
    return found(context.loadersAsOf(changes.to).project, changes.ids.completed);
  }

  @ResolveField(() => [Project])
  projectsCancelled(@Parent() changes: PortfolioChanges, @Context() context: GraphQLContext) {
    return found(context.loadersAsOf(changes.to).project, changes.ids.cancelled);
  }

  @ResolveField(() => [Milestone])
  milestonesCompleted(@Parent() changes: PortfolioChanges, @Context() context: GraphQLContext) {
    return found(context.loadersAsOf(changes.to).milestone, changes.ids.milestonesCompleted);
  }

  @ResolveField(() => [Risk])
  risksOpened(@Parent() changes: PortfolioChanges, @Context() context: GraphQLContext) {
    return found(context.loadersAsOf(changes.to).risk, changes.ids.risksOpened);
  }

  /** Each with its project as it stood at `to`, all in one batch (a resolver per change would cost more than its value). */
  @ResolveField(() => [HealthChange])
  async healthChanges(
    @Parent() changes: PortfolioChanges,
    @Context() context: GraphQLContext,
  ): Promise<HealthChange[]> {
    const projects = await context
      .loadersAsOf(changes.to)
      .project.loadMany(changes.healthChanges.map((change) => change.projectId));
    return changes.healthChanges.flatMap((change, index) => {
      const project = projects[index];
      return project && !(project instanceof Error) ? [{ ...change, project }] : [];
    });
  }

  /** Each with its milestone as it stood at `to`, all in one batch. */
  @ResolveField(() => [MilestoneSlip])
  async milestonesSlipped(
    @Parent() changes: PortfolioChanges,
    @Context() context: GraphQLContext,
  ): Promise<MilestoneSlip[]> {
    const milestones = await context
      .loadersAsOf(changes.to)
      .milestone.loadMany(changes.milestonesSlipped.map((slip) => slip.milestoneId));
    return changes.milestonesSlipped.flatMap((slip, index) => {
      const milestone = milestones[index];
      return milestone && !(milestone instanceof Error) ? [{ ...slip, milestone }] : [];
    });
  }
}
