import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLSchema,
  IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { errorCode, GraphQLBody } from '../../test/graphql-client';
import { EMAIL, Portfolio } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * Limits: depth (at most 12) and the size of the answer (at most 500000 objects; a connection holds
 * `first` items, 50 where left out, a plain list as many as the data model allows) are checked
 * before anything runs; a batched request (a JSON array) holds at most 20 operations.
 */

/**
 * A query `depth` fields deep that stays cheap: it goes back and forth between a project and its
 * next milestone, which are single objects, so that only the depth can make it too complex.
 */
function nested(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level--) {
    selection = level % 2 === 0 ? `nextMilestone { ${selection} }` : `project { ${selection} }`;
  }
  return `{ project(code: "DIG-002") { ${selection} } }`;
}

describe('query limits', () => {
  let t: TestApp;
  let api: Portfolio;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
    token = await api.token(EMAIL.viewer);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Sends a query that must be refused as too complex before a single SQL statement runs. */
  async function expectTooComplex(query: string): Promise<void> {
    let body: GraphQLBody<unknown> = {};
    const statements = await t.countStatements(async () => {
      body = await t.graphql(query, {}, { token });
    });
    expect(errorCode(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.data ?? null).toBeNull();
    expect(statements).toBe(0);
  }

  describe('depth', () => {
    it('answers a query ten levels deep', async () => {
      const body = await t.graphql(nested(10), {}, { token });
      expect(body.errors).toBeUndefined();
    });

    it('answers a query twelve fields deep and refuses one thirteen deep', async () => {
      expect((await t.graphql(nested(12), {}, { token })).errors).toBeUndefined();
      await expectTooComplex(nested(13));
    });

    it('refuses a query twenty levels deep with QUERY_TOO_COMPLEX before it runs', async () => {
      await expectTooComplex(nested(20));
    });

    it('refuses a deep query hidden in fragments', async () => {
      const fragments = Array.from(
        { length: 8 },
        (_, level) => `fragment F${level} on Project { code nextMilestone { project { ...F${level + 1} } } }`,
      ).join('\n');
      await expectTooComplex(`{ project(code: "DIG-002") { ...F0 } }\n${fragments}\nfragment F8 on Project { code }`);
    });
  });

  describe('size of the answer', () => {
    const REPORT = `projects {
        totalCount nodes { code title health budget { planned spent }
          milestones { title plannedDate forecastDate completedDate }
          kpis { name unit target measurements { date value } } } }`;

    it('answers the whole portfolio with milestones and key-figure measurements in one query', async () => {
      // 1 + 50 × (1 + 1 budget + 100 milestones + 20 × (1 + 120 measurements)) = 126101 objects at most.
      const body = await t.graphql<{ projects: { totalCount: number; nodes: unknown[] } }>(
        `{ ${REPORT} }`,
        {},
        { token },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.projects.nodes).toHaveLength(body.data!.projects.totalCount);
    });

    it('answers 200 projects with a few fields', async () => {
      const body = await t.graphql('{ projects(first: 200) { nodes { code title health } } }', {}, { token });
      expect(body.errors).toBeUndefined();
    });

    it('refuses the same report over 200 projects, counting each list by its bound, before it runs', async () => {
      await expectTooComplex(`{ ${REPORT.replace('projects', 'projects(first: 200)')} }`);
    });

    it('counts a page by its variable: passes with 100 projects, refused with 200, passes with 100 again', async () => {
      const query = `query Report($first: Int!) { ${REPORT.replace('projects', 'projects(first: $first)')} }`;
      const ask = async (first: number) => {
        let body: GraphQLBody<unknown> = {};
        const statements = await t.countStatements(async () => {
          body = await t.graphql(query, { first }, { token });
        });
        return { code: errorCode(body), statements };
      };
      expect((await ask(100)).code).toBeUndefined();
      expect(await ask(200)).toEqual({ code: 'QUERY_TOO_COMPLEX', statements: 0 });
      expect((await ask(100)).code).toBeUndefined();
    });

    it("multiplies connections inside connections: 200 projects × 200 reports × their authors' projects is refused", async () => {
      await expectTooComplex(
        '{ projects(first: 200) { nodes { statusUpdates(first: 200) { nodes { author { ledProjects { code } } } } } } }',
      );
    });

    it('refuses plain lists nested three deep (people, the projects they lead, their milestones)', async () => {
      // 1000 × (1 + 100 × (1 + 100)) = 10101000 objects at most: no connection in it.
      await expectTooComplex('{ people { ledProjects { milestones { id title } } } }');
    });

    it('refuses queries side by side that are too large together', async () => {
      const aliases = Array.from(
        { length: 4 },
        (_, index) => `p${index}: projects(first: 200) { nodes { kpis { measurements { value } } } }`,
      ).join('\n');
      await expectTooComplex(`{ ${aliases} }`);
    });
  });

  describe('batched requests', () => {
    async function batch(size: number) {
      const operations = Array.from({ length: size }, () => ({ query: '{ me { email } }' }));
      let status = 0;
      let body: unknown;
      const statements = await t.countStatements(async () => {
        const response = await t.http
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .set('Authorization', `Bearer ${token}`)
          .send(operations);
        status = response.status;
        body = response.body as unknown;
      });
      return { status, body, statements };
    }

    it('answers a batch of 20 operations, each in turn', async () => {
      const { status, body } = await batch(20);
      expect(status).toBe(200);
      expect(Array.isArray(body)).toBe(true);
      const results = body as GraphQLBody<{ me: { email: string } }>[];
      expect(results.map((result) => result.data?.me.email)).toEqual(Array.from({ length: 20 }, () => EMAIL.viewer));
    });

    it('refuses a batch of 21 operations as a whole, running none of them', async () => {
      const { status, body, statements } = await batch(21);
      const answered = Array.isArray(body)
        ? (body as GraphQLBody<unknown>[]).filter((result) => result.data).length
        : 0;
      expect({ answered, statements }).toEqual({ answered: 0, statements: 0 });
      const errors = Array.isArray(body)
        ? (body as GraphQLBody<unknown>[]).flatMap((result) => result.errors ?? [])
        : ((body as GraphQLBody<unknown>).errors ?? []);
      expect(status >= 400 || errors.length > 0).toBe(true);
      expect(errors.map((error) => error.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
    });
  });

  describe('operation names', () => {
    const TWO_OPERATIONS = `
      query Codes { projects(first: 2) { nodes { code } } }
      query Me { me { email } }`;

    it('refuses an operation name that the text lacks, every time, and still runs the ones it has', async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const body = await t.graphql(TWO_OPERATIONS, {}, { token, operationName: 'Nope' });
        expect(body.data ?? null).toBeNull();
        expect(body.errors).toEqual([
          { message: 'Unknown operation named "Nope".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
        ]);
      }
      const unnamed = await t.graphql(TWO_OPERATIONS, {}, { token });
      expect(unnamed.errors?.[0].message).toBe('Must provide operation name if query contains multiple operations.');
      expect((await t.graphql(TWO_OPERATIONS, {}, { token, operationName: 'Me' })).data).toEqual({
        me: { email: EMAIL.viewer },
      });
    });
  });
});

describe('query limits with introspection on', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ config: { graphql: { introspection: true, ide: false } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the introspection query of GraphiQL and code generators with the whole served schema', async () => {
    const token = await new Portfolio(t).token(EMAIL.viewer);
    const body = await t.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }), {}, { token });
    expect(body.errors).toBeUndefined();
    const sorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
    expect(sorted(buildClientSchema(body.data!))).toBe(sorted(t.app.get(GraphQLSchemaHost).schema));
  });
});
