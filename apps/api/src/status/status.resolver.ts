import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, ProjectWriters } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { Connection, toPage } from '../graphql/connection';
import { asOfOf } from '../common/as-of';
import type { GraphQLContext } from '../graphql/graphql-context';
import { loadersFor } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';
import { PostStatusUpdateInput } from './dto/status.input';
import { StatusUpdate } from './status-update.entity';
import type { StatusRow } from './status.repository';
import { StatusService } from './status.service';
import { StatusUpdateConnection } from './status.types';

@Resolver(() => StatusUpdate)
export class StatusResolver {
  constructor(private readonly statuses: StatusService) {}

  @ProjectWriters()
  @Mutation(() => StatusUpdate, {
    description: "Posting a status update also sets the project's health, phase and progress.",
  })
  postStatusUpdate(@Args('input') input: PostStatusUpdateInput, @CurrentCaller() caller: Caller): Promise<StatusRow> {
    return this.statuses.post(input, caller);
  }

  @ResolveField(() => Project)
  project(@Parent() status: StatusUpdate, @Context() context: GraphQLContext) {
    return loadersFor(context, status).project.load(status.projectId);
  }

  @ResolveField(() => Person)
  author(@Parent() status: StatusUpdate, @Context() context: GraphQLContext) {
    return context.loaders.person.load(status.authorId);
  }
}

@Resolver(() => Project)
export class ProjectStatusResolver {
  constructor(private readonly statuses: StatusService) {}

  @ResolveField(() => StatusUpdateConnection, { description: 'Newest first.' })
  statusUpdates(
    @Parent() project: Project,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<StatusUpdate>> {
    return this.statuses.ofProject(project.id, toPage(first, after), asOfOf(project));
  }
}
