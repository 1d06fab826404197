import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.entity';
import { AuditEvent, FieldChange } from './audit-event.entity';

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

/** A person, a field of action or a department by id, as a name; undefined where it is gone. */
type NameOf = (context: GraphQLContext, id: string) => Promise<string | undefined>;

const person: NameOf = async (context, id) => (await context.loaders.person.load(id))?.name;

/** The recorded fields that hold the id of something with a name. */
const REFERENCES: Record<string, NameOf> = {
  leadId: person,
  sponsorId: person,
  ownerId: person,
  fieldId: async (context, id) => (await context.loaders.field.load(id))?.name,
  departmentId: async (context, id) => (await context.loaders.department.load(id))?.name,
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A recorded value as a person reads it: the name of what an id names (members are recorded as
 * "id (role)", each id becomes the person's name); anything else as recorded, dates ISO and amounts
 * as decimals, for the reader's client to format. What is gone since keeps its id.
 */
async function display(context: GraphQLContext, field: string, value: string | null): Promise<string | null> {
  if (value === null) return null;
  const nameOf = REFERENCES[field] ?? (field === 'members' ? person : undefined);
  if (!nameOf) return value;
  const ids = [...new Set(value.match(UUID) ?? [])];
  const names = await Promise.all(ids.map((id) => nameOf(context, id)));
  return ids.reduce((text, id, index) => text.replaceAll(id, names[index] ?? id), value);
}

@Resolver(() => FieldChange)
export class FieldChangeResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'The old value as a person reads it: a name instead of an id, a formatted-neutral date or amount.',
  })
  fromDisplay(@Parent() change: FieldChange, @Context() context: GraphQLContext): Promise<string | null> {
    return display(context, change.field, change.from);
  }

  @ResolveField(() => String, { nullable: true, description: 'The new value as a person reads it.' })
  toDisplay(@Parent() change: FieldChange, @Context() context: GraphQLContext): Promise<string | null> {
    return display(context, change.field, change.to);
  }
}
