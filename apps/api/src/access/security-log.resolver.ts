import { Role } from '@leitstand/shared-domain';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, toPage } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { Roles } from './access.decorators';
import { SecurityEventConnection } from './dto/access.types';
import { SecurityEvent } from './security-event.entity';
import { SecurityLogService } from './security-log.service';

@Resolver(() => SecurityEvent)
export class SecurityLogResolver {
  constructor(private readonly securityLog: SecurityLogService) {}

  @Roles(Role.ADMIN)
  @Query(() => SecurityEventConnection, { description: 'ADMIN: the security log, newest first.' })
  securityEvents(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<SecurityEvent>> {
    return this.securityLog.list(toPage(first, after));
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who did it; null for the system and for failed sign-ins.',
  })
  actor(@Parent() event: SecurityEvent, @Context() context: GraphQLContext): Promise<Person | null> | null {
    return event.actorId ? context.loaders.person.load(event.actorId) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'Whose account it concerns.' })
  subject(@Parent() event: SecurityEvent, @Context() context: GraphQLContext): Promise<Person | null> | null {
    return event.subjectId ? context.loaders.person.load(event.subjectId) : null;
  }
}
