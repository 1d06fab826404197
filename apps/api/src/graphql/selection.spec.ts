import { FieldNode, GraphQLResolveInfo, parse } from 'graphql';
import { selectedFields } from './selection';

describe('selectedFields', () => {
  function infoOf(query: string): Pick<GraphQLResolveInfo, 'fragments'> & { root: FieldNode[] } {
    const document = parse(query);
    const fragments: GraphQLResolveInfo['fragments'] = {};
    let root: FieldNode[] = [];
    for (const definition of document.definitions) {
      if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
      if (definition.kind === 'OperationDefinition')
        root = definition.selectionSet.selections.filter((s): s is FieldNode => s.kind === 'Field');
    }
    return { fragments, root };
  }

  it('finds fields selected directly, under an alias, in inline fragments and in named fragments', () => {
    const info = infoOf(`
      query { projects { nodes { id ...Relations ... on Project { latestStatus { id } } m: milestones { id } } } }
      fragment Relations on Project { kpis { latest { value } } }`);
    const nodes = selectedFields(info, info.root, 'nodes');
    expect(selectedFields(info, nodes, 'milestones')).toHaveLength(1);
    expect(selectedFields(info, nodes, 'latestStatus')).toHaveLength(1);
    expect(selectedFields(info, selectedFields(info, nodes, 'kpis'), 'latest')).toHaveLength(1);
    expect(selectedFields(info, nodes, 'risks')).toHaveLength(0);
  });
});
