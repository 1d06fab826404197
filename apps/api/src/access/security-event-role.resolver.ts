import { Role } from '@leitstand/shared-domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SecurityEvent } from './security-event.entity';

const ROLES = new Set<string>(Object.values(Role));

function roleOf(value: unknown): Role | null {
  return typeof value === 'string' && ROLES.has(value) ? (value as Role) : null;
}

/**
 * A role change in the security log names the role before and after: the log keeps them among
 * the event's details, which are not served as such. Its role fields are read from those details.
 */
@Resolver(() => SecurityEvent)
export class SecurityEventRoleResolver {
  @ResolveField(() => Role, { nullable: true, description: "For 'role.changed': the role the person had before." })
  fromRole(@Parent() event: SecurityEvent): Role | null {
    return event.kind === 'role.changed' ? roleOf(event.details?.from) : null;
  }

  @ResolveField(() => Role, { nullable: true, description: "For 'role.changed': the role the person has since." })
  toRole(@Parent() event: SecurityEvent): Role | null {
    return event.kind === 'role.changed' ? roleOf(event.details?.to) : null;
  }
}
