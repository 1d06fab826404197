import { buildSchema, execute, FieldNode, GraphQLResolveInfo, parse } from 'graphql';
import { answerPrefetchedFields, prefetch, selectedFields } from './prefetch';

const SCHEMA = `
  type Query { projects: [Project!]! }
  type Project { code: String! milestones: [Milestone!]! lead: String history(first: Int): [String!]! }
  type Milestone { title: String! }
`;

/** A schema whose relation fields count their resolver's calls, as loaders would. */
function schemaWithCountingResolvers() {
  const schema = buildSchema(SCHEMA);
  const calls: string[] = [];
  const fields = (
    schema.getType('Project') as unknown as { getFields(): Record<string, { resolve?: unknown }> }
  ).getFields();
  fields.milestones.resolve = (project: { code: string }) => {
    calls.push(`milestones of ${project.code}`);
    return [{ title: 'geladen' }];
  };
  fields.lead.resolve = () => {
    calls.push('lead');
    return 'geladen';
  };
  fields.history.resolve = () => {
    calls.push('history');
    return ['geladen'];
  };
  return { schema: answerPrefetchedFields(schema), calls };
}

describe('answerPrefetchedFields', () => {
  it('answers prefetched fields from their values and runs the resolver of every other field', async () => {
    const { schema, calls } = schemaWithCountingResolvers();
    const projects = [prefetch({ code: 'A' }, { milestones: [{ title: 'mitgelesen' }], lead: null }), { code: 'B' }];
    const result = await execute({
      schema,
      document: parse('{ projects { code milestones { title } lead } }'),
      rootValue: { projects },
    });
    expect(result.data).toEqual({
      projects: [
        { code: 'A', milestones: [{ title: 'mitgelesen' }], lead: null },
        { code: 'B', milestones: [{ title: 'geladen' }], lead: 'geladen' },
      ],
    });
    expect(calls).toEqual(['milestones of B', 'lead']);
  });

  it('never answers a field with arguments from prefetched values', async () => {
    const { schema, calls } = schemaWithCountingResolvers();
    const result = await execute({
      schema,
      document: parse('{ projects { history(first: 1) } }'),
      rootValue: { projects: [prefetch({ code: 'A' }, { history: ['mitgelesen'] })] },
    });
    expect(result.data).toEqual({ projects: [{ history: ['geladen'] }] });
    expect(calls).toEqual(['history']);
  });
});

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
