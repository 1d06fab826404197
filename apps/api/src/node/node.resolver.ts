import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@leitstand/shared-domain';
import { SignedIn } from '../access/access.decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { NodeInterface } from '../graphql/node';
import { LoaderRegistry } from '../graphql/request-loaders';
import { NodeRepository } from './node.repository';

@Resolver(() => NodeInterface)
export class NodeResolver {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly nodes: NodeRepository,
  ) {}

  @SignedIn()
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any record by its id; null where none has it (or it is not yours to see).',
  })
  async node(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<object | null> {
    const source = await this.nodes.sourceOf(this.registry.nodes, id);
    if (!source) return null;
    if (source.adminOnly && context.req.caller?.role !== Role.ADMIN) return null;
    const value = await source.load(id, context.loaders);
    return value ? Object.assign(value, { __typename: source.type }) : null;
  }
}
