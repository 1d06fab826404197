import { Role } from '@leitstand/shared-domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { CurrentCaller, Roles } from './access.decorators';
import { ApiToken } from './api-token.entity';
import { ApiTokenService } from './api-token.service';
import type { Caller } from './caller';
import { CreateApiTokenInput, CreatedApiToken } from './dto/access.types';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Roles(Role.ADMIN)
  @Query(() => [ApiToken], { description: 'ADMIN: API tokens, optionally of one person, newest first.' })
  apiTokens(@Args('personId', { type: () => ID, nullable: true }) personId?: string | null): Promise<ApiToken[]> {
    return this.tokens.list(personId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedApiToken, {
    description: 'ADMIN: a read-only token for a reporting tool; the token is shown once.',
  })
  createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(input, caller.personId, context.req.ip ?? null);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiToken, { description: 'ADMIN: the token stops working at once.' })
  revokeApiToken(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<ApiToken> {
    return this.tokens.revoke(id, caller.personId, context.req.ip ?? null);
  }

  @ResolveField(() => Person)
  async person(@Parent() token: ApiToken, @Context() context: GraphQLContext): Promise<Person> {
    return (await context.loaders.person.load(token.personId)) as Person;
  }
}
