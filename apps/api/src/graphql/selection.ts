import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

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
