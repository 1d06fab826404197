import { EMAIL, Portfolio } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * Operations run as functions compiled once per document. What a client could notice if the
 * compilation were kept wrongly: answers to other variables or another operation of the same text,
 * errors without their place, mutations out of order.
 */

const PAGE = 'query Page($first: Int!) { projects(first: $first) { nodes { code } } }';

const TWO_OPERATIONS = `
  query Codes { projects(first: 2) { nodes { code } } }
  query Me { me { email } }`;

describe('compiled execution', () => {
  let t: TestApp;
  let api: Portfolio;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
    viewer = await api.token(EMAIL.viewer);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the same text with the variables of each request', async () => {
    const sizes = [1, 3, 1, 2];
    const answers = [];
    for (const first of sizes)
      answers.push(await t.graphql<{ projects: { nodes: unknown[] } }>(PAGE, { first }, { token: viewer }));
    expect(answers.map((body) => body.data?.projects.nodes.length)).toEqual(sizes);
  });

  it('runs the operation named in each request of a text with two', async () => {
    const codes = await t.graphql<{ projects: { nodes: unknown[] } }>(
      TWO_OPERATIONS,
      {},
      { token: viewer, operationName: 'Codes' },
    );
    const me = await t.graphql(TWO_OPERATIONS, {}, { token: viewer, operationName: 'Me' });
    expect(codes.data?.projects.nodes).toHaveLength(2);
    expect(me.data).toEqual({ me: { email: EMAIL.viewer } });
  });

  it('reports a refused field with its code, path and place in the text, and answers nothing of a non-null root', async () => {
    const body = await t.graphql('{ me { email }\n  apiTokens { id } }', {}, { token: viewer });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({
      path: ['apiTokens'],
      locations: [{ line: 2, column: 3 }],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('answers the other fields beside a nullable one that found nothing', async () => {
    const body = await t.graphql('{ me { email } project(code: "NOPE-000") { id } }', {}, { token: viewer });
    expect(body).toEqual({ data: { me: { email: EMAIL.viewer }, project: null } });
  });

  it('runs the fields of a mutation one after the other, in the order written', async () => {
    const manager = await api.token(EMAIL.portfolio);
    const { project } = (
      await t.graphql<{ project: { id: string; version: number } }>(
        '{ project(code: "DIG-002") { id version } }',
        {},
        { token: manager },
      )
    ).data!;
    const report = (progress: number) =>
      `postStatusUpdate(input: { projectId: "${project.id}", health: ON_TRACK, progress: ${progress}, summary: "Stand ${progress}" }) { progress project { progress version } }`;
    const body = await t.graphql(
      `mutation { first: ${report(41)} second: ${report(42)} third: ${report(43)} }`,
      {},
      { token: manager },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      first: { progress: 41, project: { progress: 41, version: project.version + 1 } },
      second: { progress: 42, project: { progress: 42, version: project.version + 2 } },
      third: { progress: 43, project: { progress: 43, version: project.version + 3 } },
    });
  });
});
