import { FieldNode, GraphQLResolveInfo, GraphQLSchema, isObjectType, Kind, SelectionSetNode } from 'graphql';

const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/**
 * Hands an object the values of some of its fields that the statement which read it brought along
 * (a project's milestones read with the list, say). Only for fields without arguments, whose value
 * is the same whoever asks; the values belong to this object of this request and are never shared.
 */
export function prefetch<T extends object>(object: T, values: Record<string, unknown>): T {
  (object as WithPrefetched)[PREFETCHED] = { ...(object as WithPrefetched)[PREFETCHED], ...values };
  return object;
}

/**
 * Lets every field without arguments answer from values handed over by `prefetch`, before its
 * resolver runs: a list page resolves thousands of such fields, and each call through the
 * resolver's framework costs promises and allocations that the answer does not need. Fields whose
 * value was not prefetched run their resolver as before.
 */
export function answerPrefetchedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.args.length > 0) continue;
      const name = field.name;
      field.resolve = (source: WithPrefetched | null | undefined, args, context, info) => {
        const values = source?.[PREFETCHED];
        return values !== undefined && name in values ? values[name] : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Calls `visit` with each field that these fields select directly, through fragments too. */
function eachSelected(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  fields: readonly FieldNode[],
  visit: (field: FieldNode) => void,
): void {
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) walk(field.selectionSet);
}

/** The names of the fields that these fields select directly, through fragments too. */
export function selectedNames(info: Pick<GraphQLResolveInfo, 'fragments'>, fields: readonly FieldNode[]): Set<string> {
  const names = new Set<string>();
  eachSelected(info, fields, (field) => names.add(field.name.value));
  return names;
}

/**
 * The fields named `name` that these fields select directly, through fragments too (whatever their
 * type condition or directives: asking for a little more is harmless, missing a field is not).
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  fields: readonly FieldNode[],
  name: string,
): FieldNode[] {
  const found: FieldNode[] = [];
  eachSelected(info, fields, (field) => {
    if (field.name.value === name) found.push(field);
  });
  return found;
}
