import type { AddressInfo } from 'node:net';
import { LIMITS } from './query-limits';
import { EMAIL, MISSING_ID, Portfolio, snapshot } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * Requests an attacker or a careless client sends: each is answered quickly with a 4xx or a GraphQL
 * error carrying the right code, never HTTP 500; /health keeps answering meanwhile; nothing is
 * written; and the log takes no stack trace for any of it.
 */

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; fields?: { path: string }[] } }[] };
}

/** Built at run time: a compiler may turn a lone surrogate written in the source into U+FFFD. */
const LONE_SURROGATE = String.fromCharCode(0xd800);

/** Builds an operation of fragments that each spread the next one twice: 2^levels fields if expanded. */
function fragmentBomb(levels: number, on = 'Query', leaf = '__typename'): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) => `fragment F${level} on ${on} { ...F${level + 1} ...F${level + 1} }`,
  );
  return `{ ...F0 }\n${fragments.join('\n')}\nfragment F${levels} on ${on} { ${leaf} }`;
}

/** A small seeded generator, so that a failing fuzz case can be sent again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

describe('attacks and bad input', () => {
  let t: TestApp;
  let base: string;
  let token: string;
  let projectId: string;
  let projectVersion: number;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const api = new Portfolio(t);
    token = await api.token(EMAIL.admin);
    const project = await api.project('DIG-002');
    projectId = project.id;
    projectVersion = project.version;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Sends a raw body to /graphql and times the answer; `/health` is asked meanwhile and must answer. */
  async function send(body: string, options: { token?: string; contentType?: string } = {}): Promise<Answer> {
    const started = performance.now();
    const answer = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': options.contentType ?? 'application/json',
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      body,
    });
    const health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
    expect(health.status).toBe(200);
    const response = await answer;
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: Answer['body'] = {};
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      parsed = {};
    }
    return { status: response.status, ms, body: parsed };
  }

  function operation(query: string, variables?: unknown, options: { token?: string } = {}): Promise<Answer> {
    return send(JSON.stringify({ query, variables }), options);
  }

  /** The answer is a refusal with this code, within a second, and not a 500. */
  function expectRefused(answer: Answer, code: string): void {
    expect({
      status: answer.status >= 500 ? answer.status : 'not 5xx',
      code: answer.body.errors?.[0]?.extensions?.code,
    }).toEqual({
      status: 'not 5xx',
      code,
    });
    expect(answer.ms).toBeLessThan(1000);
  }

  describe('documents that would freeze the server', () => {
    it.each([
      ['anonymous, 40 levels on Query', fragmentBomb(40), undefined],
      [
        'signed in, 40 levels on Project',
        `{ project(code: "DIG-002") { ...F0 } }\n${fragmentBomb(40, 'Project', 'code').split('\n').slice(1).join('\n')}`,
        'token',
      ],
    ])(
      'measures fragments that spread each other twice once each, and refuses them (%s)',
      async (_name, query, who) => {
        const before = await snapshot(t);
        expectRefused(await operation(query, undefined, { token: who ? token : undefined }), 'QUERY_TOO_COMPLEX');
        expect(await snapshot(t)).toEqual(before);
      },
    );

    it('refuses a document of more tokens than the limit while parsing (20,000 @skip on one field)', async () => {
      const query = `{ __typename ${'@skip(if: false) '.repeat(20_000)} }`;
      expect(query.length).toBeGreaterThan(300_000);
      expectRefused(await operation(query), 'QUERY_TOO_COMPLEX');
    });

    it('refuses 4,000 unused fragments, and more fragments than the limit when the tokens would pass', async () => {
      const many = (count: number) =>
        `{ __typename }\n${Array.from({ length: count }, (_, index) => `fragment U${index} on Query { __typename }`).join('\n')}`;
      expectRefused(await operation(many(4000)), 'QUERY_TOO_COMPLEX');
      const used = Array.from({ length: LIMITS.fragments + 1 }, (_, index) => `...U${index}`).join(' ');
      expectRefused(
        await operation(many(LIMITS.fragments + 1).replace('{ __typename }', `{ ${used} }`), undefined, { token }),
        'QUERY_TOO_COMPLEX',
      );
    });

    it('refuses 10,000 __typename, and more aliases or directives than the limits', async () => {
      expectRefused(await operation(`{ ${'__typename '.repeat(10_000)} }`), 'QUERY_TOO_COMPLEX');
      const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, index) => `a${index}: __typename`).join(' ');
      expectRefused(await operation(`{ ${aliases} }`, undefined, { token }), 'QUERY_TOO_COMPLEX');
      const directives = Array.from(
        { length: LIMITS.directives / 2 + 1 },
        (_, index) => `d${index}: __typename @include(if: true) @skip(if: false)`,
      ).join(' ');
      expectRefused(await operation(`{ ${directives} }`, undefined, { token }), 'QUERY_TOO_COMPLEX');
    });

    it('refuses as many fields as the token limit lets through, or fragments spread out to more fields than the limit', async () => {
      expectRefused(
        await operation(`{ ${'__typename '.repeat(LIMITS.tokens - 3)} }`, undefined, { token }),
        'QUERY_TOO_COMPLEX',
      );
      const spread = `{ project(code: "DIG-002") { ...F0 } }\n${fragmentBomb(12, 'Project', 'code').split('\n').slice(1).join('\n')}`;
      expectRefused(await operation(spread, undefined, { token }), 'QUERY_TOO_COMPLEX');
    });

    it('refuses variables nested 5,000 levels deep as bad input', async () => {
      // Written out by hand: JSON.stringify itself runs out of stack on values this deep.
      const lists = `${'['.repeat(5000)}"${MISSING_ID}"${']'.repeat(5000)}`;
      const objects = `${'{"search":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
      const raw = (query: string, variables: string) =>
        send(`{"query":${JSON.stringify(query)},"variables":${variables}}`, { token });
      expectRefused(
        await raw('query ($ids: [ID!]) { projects(filter: { leadId: $ids }) { totalCount } }', `{"ids":${lists}}`),
        'BAD_USER_INPUT',
      );
      expectRefused(
        await raw(
          'query ($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }',
          `{"filter":${objects}}`,
        ),
        'BAD_USER_INPUT',
      );
    });

    it('gives an anonymous request only what signing in needs', async () => {
      const projects = await operation('{ projects(first: 200) { nodes { code } } }');
      expectRefused(projects, 'UNAUTHENTICATED');
      expect(projects.status).toBe(401);
      const signIn = await operation('{ demoAccounts { email role } }');
      expect(signIn.status).toBe(200);
      expect(signIn.body.errors).toBeUndefined();
    });

    it('refuses a body that is not JSON or larger than 1 MB with 400 and 413', async () => {
      const broken = await send('{"query": "{ __typename }"');
      expect({ status: broken.status, code: broken.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
      });
      const large = await send(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
      expect({ status: large.status, code: large.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 413,
        code: 'BAD_REQUEST',
      });
    });
  });

  describe('bad input', () => {
    const listQuery =
      'query ($filter: ProjectFilter, $after: String) { projects(filter: $filter, after: $after) { totalCount } }';
    const update = 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }';
    const input = (fields: Record<string, unknown>) => ({
      input: { id: projectId, expectedVersion: projectVersion, ...fields },
    });

    it.each<[string, string, () => Record<string, unknown>, string]>([
      ['a value of no enum', listQuery, () => ({ filter: { health: ['GREAT'] } }), 'filter.health[0]'],
      ['a day that does not exist', update, () => input({ plannedEndDate: '2026-02-30' }), 'input.plannedEndDate'],
      [
        'an Int beyond 32 bits',
        'query ($first: Int) { projects(first: $first) { totalCount } }',
        () => ({ first: 2147483648 }),
        'first',
      ],
      ['a Decimal beyond any amount', update, () => input({ budgetPlanned: '1e400' }), 'input.budgetPlanned'],
      ['an unknown input field', update, () => input({ colour: 'red' }), 'input'],
      ['an id that is no UUID in a filter', listQuery, () => ({ filter: { leadId: ['42'] } }), 'filter.leadId'],
      [
        'an id that is no UUID in an input',
        update,
        () => ({ input: { id: 'DIG-002', expectedVersion: 1 } }),
        'input.id',
      ],
      ['a NUL character', listQuery, () => ({ filter: { search: 'a\u0000b' } }), 'filter.search'],
      ['a lone surrogate', update, () => input({ title: `Akte ${LONE_SURROGATE}` }), 'input.title'],
      [
        'a cursor past any list',
        listQuery,
        () => ({ after: Buffer.from('offset:1e20').toString('base64url') }),
        'after',
      ],
      [
        'a number of days past any range',
        listQuery,
        () => ({ filter: { staleForDays: 2147483647 } }),
        'filter.staleForDays',
      ],
    ])('refuses %s as BAD_USER_INPUT naming the field, and writes nothing', async (_name, query, variables, path) => {
      const before = await snapshot(t);
      const answer = await operation(query, variables(), { token });
      expectRefused(answer, 'BAD_USER_INPUT');
      const paths = answer.body.errors?.flatMap((error) => error.extensions?.fields?.map((field) => field.path) ?? []);
      expect(paths).toEqual([path]);
      expect(await snapshot(t)).toEqual(before);
    });

    it.each([
      ['an id that is no UUID', '{ node(id: "project-1") { id } }', 'id'],
      ['a NUL character', '{ project(code: "DIG\\u0000002") { id } }', 'code'],
    ])('refuses %s written into the query text', async (_name, query, path) => {
      const answer = await operation(query, undefined, { token });
      expectRefused(answer, 'BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.extensions?.fields?.map((field) => field.path)).toEqual([path]);
    });

    it('refuses a NUL character and a 900 KB email in login without writing to the security log', async () => {
      const login = 'mutation ($email: String!) { login(email: $email, password: "wrong") { token } }';
      const events = async () =>
        ((await t.database.dataSource.query('SELECT count(*)::int AS n FROM security_event')) as { n: number }[])[0].n;
      const before = await events();
      expectRefused(await operation(login, { email: 'a\u0000@leitstand.example' }), 'BAD_USER_INPUT');
      expectRefused(await operation(login, { email: `${'a'.repeat(900_000)}@leitstand.example` }), 'BAD_USER_INPUT');
      expect(await events()).toBe(before);
    });

    it('refuses a persisted-query hash and two anonymous operations with their codes', async () => {
      const persisted = await send(
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
      );
      expectRefused(persisted, 'PERSISTED_QUERY_NOT_SUPPORTED');
      expectRefused(
        await operation('{ me { id } } { me { email } }', undefined, { token }),
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it('suggests no field names when the schema is not public', async () => {
      const answer = await operation('{ projectz { id } }', undefined, { token });
      expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors?.[0]?.message).not.toContain('Did you mean');
    });
  });

  describe('a fuzz of generated bad requests', () => {
    /** Values that each break the type they stand in for, in the ways clients and attackers do. */
    const BAD = [
      'GREAT',
      '2026-02-30',
      '31.03.2027',
      2147483648,
      -1,
      1.5,
      '1e400',
      'NaN',
      'not-a-uuid',
      'a\u0000b',
      LONE_SURROGATE,
      'x'.repeat(30_000),
      { nested: { deeper: true } },
      [[['deep']]],
      true,
      '',
      Buffer.from('offset:-5').toString('base64url'),
      Buffer.from('offset:99999999999').toString('base64url'),
    ];
    const TEMPLATES: { query: string; variables: (value: unknown, id: string) => Record<string, unknown> }[] = [
      {
        query: 'query ($v: ProjectFilter) { projects(filter: $v) { totalCount } }',
        variables: (v) => ({ v: { health: [v] } }),
      },
      {
        query: 'query ($v: ProjectFilter) { projects(filter: $v) { totalCount } }',
        variables: (v) => ({ v: { leadId: [v] } }),
      },
      {
        query: 'query ($v: ProjectFilter) { projects(filter: $v) { totalCount } }',
        variables: (v) => ({ v: { staleForDays: v } }),
      },
      {
        query: 'query ($v: ProjectFilter) { portfolioSummary(filter: $v) { projectCount } }',
        variables: (v) => ({ v: { search: v, tags: [v] } }),
      },
      { query: 'query ($v: String) { projects(after: $v) { totalCount } }', variables: (v) => ({ v }) },
      { query: 'query ($v: Int) { projects(first: $v) { totalCount } }', variables: (v) => ({ v }) },
      { query: 'query ($v: ID!) { node(id: $v) { id } }', variables: (v) => ({ v }) },
      { query: 'query ($v: String) { project(code: $v) { id } }', variables: (v) => ({ v }) },
      {
        query: 'query ($v: MilestoneFilter) { milestones(filter: $v) { totalCount } }',
        variables: (v) => ({ v: { dueFrom: v, state: [v] } }),
      },
      { query: 'query ($v: String) { people(search: $v) { id } }', variables: (v) => ({ v }) },
      {
        query: 'mutation ($v: UpdateProjectInput!) { updateProject(input: $v) { id } }',
        variables: (v, id) => ({ v: { id, expectedVersion: 1, budgetSpent: v, plannedEndDate: v } }),
      },
      {
        query: 'mutation ($v: CreateMilestoneInput!) { createMilestone(input: $v) { id } }',
        variables: (v, id) => ({ v: { projectId: id, title: v, plannedDate: v } }),
      },
      {
        query: 'mutation ($v: PostStatusUpdateInput!) { postStatusUpdate(input: $v) { id } }',
        variables: (v, id) => ({ v: { projectId: id, health: v, summary: v, progress: v } }),
      },
      { query: 'mutation ($v: String!) { login(email: $v, password: $v) { token } }', variables: (v) => ({ v }) },
    ];

    it('answers 600 generated bad requests without one 500 or internal error, writing nothing and logging no error', async () => {
      const next = random(17);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
      const before = await snapshot(t);
      const logged = t.logs.length;
      const failures: string[] = [];
      for (let index = 0; index < 600; index++) {
        const template = pick(TEMPLATES);
        const value = pick(BAD);
        const body = { query: template.query, variables: template.variables(value, next() < 0.5 ? projectId : 'nope') };
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(next() < 0.8 ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as Answer['body'];
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR'))
          failures.push(`${response.status} ${JSON.stringify(codes)} for ${JSON.stringify(body).slice(0, 200)}`);
      }
      expect(failures).toEqual([]);
      expect(await snapshot(t)).toEqual(before);
      const errors = t.logs
        .slice(logged)
        .filter((line) => (line.level as number) >= 50 || JSON.stringify(line).includes('parameters'));
      expect(errors).toEqual([]);
    });
  });
});
