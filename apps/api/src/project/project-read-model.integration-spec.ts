import { dataOf, EMAIL, Portfolio } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * The project list's read model brings a project's relations along in the page's own statement.
 * What it brings must be exactly what the request's loaders give for the same project when it is
 * reached another way (node(id:), where no look-ahead happens), for every relation it handles.
 */
const RELATIONS = `
  id code
  lead { id name email role }
  sponsor { id name }
  department { id code name }
  field { id name description strategy { id name } }
  milestones { id title description plannedDate forecastDate completedDate state slipDays version owner { id name } }
  latestStatus { id health phase progress summary achievements nextSteps blockers createdAt author { id name } }
  kpis { id name unit baseline target latest { date value note } measurements { date value } }`;

describe('the project list read model', () => {
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

  type Row = { id: string; code: string } & Record<string, unknown>;

  it('gives every relation of every project on the page as the loaders give it, in the page statement', async () => {
    let page: Row[] = [];
    const statements = await t.countStatements(async () => {
      page = dataOf(
        await t.graphql<{ projects: { nodes: Row[] } }>(
          `{ projects(first: 100) { nodes { ${RELATIONS} } } }`,
          {},
          { token: viewer },
        ),
      ).projects.nodes;
    });
    expect(page.length).toBeGreaterThan(10);
    // What is not read along: the session, owners and authors (people), the fields' strategies and
    // the key figures' measurements, each one batch for the whole page.
    expect(statements).toBeLessThanOrEqual(6);

    for (const project of page) {
      const alone = dataOf(
        await t.graphql<{ node: Row }>(
          `query ($id: ID!) { node(id: $id) { ... on Project { ${RELATIONS} } } }`,
          { id: project.id },
          { token: viewer },
        ),
      ).node;
      expect(project).toEqual(alone);
    }
  });

  it('brings along only what is asked for, and answers a page without relations from the page alone', async () => {
    const statements = await t.countStatements(async () => {
      await t.graphql('{ projects(first: 50) { nodes { code lead { name } } } }', {}, { token: viewer });
    });
    // The session check and the page.
    expect(statements).toBe(2);
  });
});
