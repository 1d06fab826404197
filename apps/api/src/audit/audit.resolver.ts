import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { AuditEvent } from './audit-event.entity';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @ResolveField(() => Person, {
    nullable: true,
    description: 'Null for changes made by the system itself (seeding, migrations).',
  })
  actor(@Parent() event: AuditEvent, @Context() context: GraphQLContext) {
    return event.actorId ? context.loaders.person.load(event.actorId) : null;
  }
}
