import { addDays, dataOf, DEMO_PROJECTS, EMAIL, Portfolio, RECORD_MEASUREMENT, today } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * No N+1: the dashboard's list query costs the same number of SQL statements whatever the page
 * size and the size of the portfolio. The figure is logged so that it can be reported.
 */
const DASHBOARD = `query Dashboard($first: Int) {
  projects(first: $first, orderBy: { field: CODE, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title phase health progress tags
      budget { planned spent currency }
      lead { id name email }
      department { id code name }
      field { id name strategy { id name } }
      milestones { id title plannedDate forecastDate completedDate state slipDays }
      nextMilestone { id title state }
      latestStatus { id health summary createdAt }
      kpis { id name unit target latest { date value } }
    }
  }
}`;

/**
 * The dashboard with people and departments in a second place too (the lead's department, the
 * report's author). Those come in a second batch of the same loader, which the request's cache
 * spares when everyone on the page is already loaded: the count may differ by those batches.
 */
const DASHBOARD_WITH_AUTHORS = DASHBOARD.replace(
  'lead { id name email }',
  'lead { id name email department { id name } }',
).replace(
  'latestStatus { id health summary createdAt }',
  'latestStatus { id health summary createdAt author { id name } }',
);
const SECOND_BATCHES = 2;

const MILESTONE_LIST = `query ($first: Int) {
  milestones(first: $first) { totalCount nodes { id title state slipDays owner { name } project { code title } } }
}`;

const SUMMARY = `{ portfolioSummary {
  projectCount byHealth { health count } byPhase { phase count }
  byField { field { name } projectCount byHealth { health count } }
  budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects } }`;

describe('SQL statements of the dashboard', () => {
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

  /** The statements of one operation, which must succeed and return `expectedNodes` nodes at `path`. */
  async function statementsOf<T>(
    query: string,
    variables: Record<string, unknown>,
    nodes: (data: T) => unknown[],
    expectedNodes: number,
  ): Promise<number> {
    let returned = -1;
    const count = await t.countStatements(async () => {
      returned = nodes(dataOf(await t.graphql<T>(query, variables, { token }))).length;
    });
    expect(returned).toBe(expectedNodes);
    return count;
  }

  /** Twenty more projects, each with a lead, department, field, milestone, key figure with a measurement and a report. */
  async function addTwentyProjects(): Promise<void> {
    const refs = await api.refs();
    const fieldIds = Object.values(refs.fields);
    const departmentIds = Object.values(refs.departments);
    const leadIds = [refs.people[EMAIL.lead], refs.people[EMAIL.portfolio]];
    for (let index = 0; index < 20; index++) {
      const project = await api.makeProject({
        fieldId: fieldIds[index % fieldIds.length],
        departmentId: departmentIds[index % departmentIds.length],
        leadId: leadIds[index % leadIds.length],
        tags: ['Last'],
      });
      await api.makeMilestone(project.id, { plannedDate: addDays(today(), index - 10), ownerId: leadIds[0] });
      const kpi = await api.makeKpi(project.id);
      await api.ok(EMAIL.portfolio, RECORD_MEASUREMENT, { input: { kpiId: kpi.id, date: today(), value: index } });
      await api.postStatus(project.id, { health: index % 2 ? 'AT_RISK' : 'ON_TRACK', progress: index });
    }
  }

  describe('the project list', () => {
    const counts: Record<string, { ten: number; fifty: number; grown: number }> = {};

    beforeAll(async () => {
      const projectNodes = (data: { projects: { nodes: unknown[] } }) => data.projects.nodes;
      const queries = { DASHBOARD, DASHBOARD_WITH_AUTHORS };
      for (const query of Object.values(queries)) await t.graphql(query, { first: 1 }, { token }); // warm-up
      const at = async (first: number, nodes: number) => {
        const result: Record<string, number> = {};
        for (const [name, query] of Object.entries(queries))
          result[name] = await statementsOf(query, { first }, projectNodes, nodes);
        return result;
      };
      const ten = await at(10, 10);
      const fifty = await at(50, DEMO_PROJECTS.length);
      await addTwentyProjects();
      const grown = await at(50, DEMO_PROJECTS.length + 20);
      for (const name of Object.keys(queries))
        counts[name] = { ten: ten[name], fifty: fifty[name], grown: grown[name] };
      console.log(
        Object.entries(counts)
          .map(
            ([name, { ten, fifty, grown }]) =>
              `${name}: ${ten} SQL statements at first: 10, ${fifty} at first: 50, ${grown} at first: 50 with 20 more projects`,
          )
          .join('\n'),
      );
    });

    it('stays the same for 10 projects, 50 projects and a portfolio grown by 20', () => {
      const { ten, fifty, grown } = counts.DASHBOARD;
      expect({ ten, fifty, grown }).toEqual({ ten, fifty: ten, grown: ten });
    });

    it('grows by no more than a second batch of people and departments when they appear twice', () => {
      const { ten, fifty, grown } = counts.DASHBOARD_WITH_AUTHORS;
      const bound = counts.DASHBOARD.ten + SECOND_BATCHES;
      // The counts are part of what is compared, so that a failure shows them.
      expect({ ten, fifty, grown, bound, within: Math.max(ten, fifty, grown) <= bound }).toEqual({
        ten,
        fifty,
        grown,
        bound,
        within: true,
      });
    });
  });

  it('reads the list page with its lead, department, field, milestones, latest report and key figures in one statement', async () => {
    // Besides the page's statement, only the sign-in's session lookup: the relations come with the page.
    const listPage = `query ($first: Int) { projects(first: $first) { nodes {
      id lead { name } department { name } field { name }
      milestones { title state } latestStatus { summary } kpis { name latest { value } } } } }`;
    const projectNodes = (data: { projects: { nodes: unknown[] } }) => data.projects.nodes;
    const total = dataOf(
      await t.graphql<{ projects: { totalCount: number } }>('{ projects { totalCount } }', {}, { token }),
    ).projects.totalCount;
    expect(await statementsOf(listPage, { first: 50 }, projectNodes, Math.min(50, total))).toBe(2);
  });

  it('stays the same for the milestone list at 10 and 50 milestones', async () => {
    const milestoneNodes = (data: { milestones: { nodes: unknown[] } }) => data.milestones.nodes;
    await t.graphql(MILESTONE_LIST, { first: 1 }, { token });
    const ten = await statementsOf(MILESTONE_LIST, { first: 10 }, milestoneNodes, 10);
    const fifty = await statementsOf(MILESTONE_LIST, { first: 50 }, milestoneNodes, 50);
    console.log(`Milestone list query: ${ten} SQL statements at first: 10, ${fifty} at first: 50`);
    expect(fifty).toBe(ten);
  });

  it('computes the summary in a fixed number of statements, whatever the size of the portfolio', async () => {
    const fieldNodes = (data: { portfolioSummary: { byField: unknown[] } }) => data.portfolioSummary.byField;
    const fields = (await api.refs()).fields;
    const before = await statementsOf(SUMMARY, {}, fieldNodes, Object.keys(fields).length);
    await api.makeProject({ fieldId: Object.values(fields)[0] });
    await api.makeProject({ fieldId: Object.values(fields)[1] });
    const after = await statementsOf(SUMMARY, {}, fieldNodes, Object.keys(fields).length);
    console.log(`portfolioSummary: ${before} SQL statements`);
    expect(after).toBe(before);
  });
});
