import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * The public contract (apps/api/contract.graphql, a verbatim copy of the published one) is what
 * reporting tools are written against: the served schema must stay a superset of it. The
 * committed apps/api/schema.graphql is the served schema as printed, for clients and reviewers.
 */
describe('the served GraphQL schema', () => {
  let t: TestApp;
  let served: GraphQLSchema;

  beforeAll(async () => {
    t = await startTestApp();
    served = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await t.close();
  });

  it('breaks nothing of the public contract', () => {
    const contract = buildSchema(readFileSync(join(__dirname, '../../contract.graphql'), 'utf8'));
    const breaking = findBreakingChanges(contract, served).map((change) => `${change.type}: ${change.description}`);
    expect(breaking).toEqual([]);
  });

  it('is what the committed apps/api/schema.graphql says', () => {
    let committed: string;
    try {
      // Parsed and printed again, so that only the schema counts, not how the file is formatted.
      committed = printSchema(
        lexicographicSortSchema(buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'))),
      );
    } catch (error) {
      committed = `(apps/api/schema.graphql cannot be read: ${String(error)})`;
    }
    const printed = printSchema(lexicographicSortSchema(served));
    // One comparison with a message, rather than a diff of a thousand lines.
    expect(
      committed === printed
        ? 'up to date'
        : 'apps/api/schema.graphql is out of date: run the schema print command, npm run schema',
    ).toBe('up to date');
  });
});
