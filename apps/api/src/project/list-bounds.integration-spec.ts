import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { GraphQLBody } from '../../test/graphql-client';
import {
  addDays,
  CREATE_KPI,
  CREATE_MILESTONE,
  CREATE_RISK,
  dataOf,
  EMAIL,
  MISSING_ID,
  Portfolio,
  problemsOf,
  RECORD_MEASUREMENT,
  refused,
  today,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * A project's plain lists hold at most what the data model states (the query limits count them so):
 * an addition past the bound is refused naming the field, and writes nothing; a correction needs no room.
 */
describe("the bounds of a project's lists", () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (query: string, input: Record<string, unknown>) => api.as<unknown>(EMAIL.portfolio, query, { input });

  function expectFull(body: GraphQLBody<unknown>, what: string): void {
    expect(problemsOf(body)).toEqual([
      expect.objectContaining({ message: expect.stringContaining(`already has`) as unknown }),
    ]);
    expect(problemsOf(body)[0].message).toContain(what);
  }

  it('refuses the milestone, the key figure and the risk past their bounds', async () => {
    const project = await api.makeProject();
    const cases: [string, number, Record<string, unknown>, string][] = [
      [
        CREATE_MILESTONE,
        PROJECT_LIMITS.milestones,
        { title: 'Meilenstein', plannedDate: addDays(today(), 30) },
        'milestones',
      ],
      [CREATE_KPI, PROJECT_LIMITS.kpis, { name: 'Fälle', unit: 'Fälle' }, 'key figures'],
      [CREATE_RISK, PROJECT_LIMITS.risks, { title: 'Verzug', probability: 'LOW', impact: 'LOW' }, 'risks'],
    ];
    for (const [query, bound, input, what] of cases) {
      for (let index = 0; index < bound; index++) dataOf(await send(query, { projectId: project.id, ...input }));
      const body = await refused(t, () => send(query, { projectId: project.id, ...input }));
      expect(problemsOf(body).map((problem) => problem.path)).toEqual(['input.projectId']);
      expectFull(body, what);
    }
  });

  it('lets concurrent additions fill a list to its bound and no further', async () => {
    const project = await api.makeProject();
    for (let index = 0; index < PROJECT_LIMITS.kpis - 3; index++) await api.makeKpi(project.id, { name: `K${index}` });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        send(CREATE_KPI, { projectId: project.id, name: `N${index}`, unit: 'x' }),
      ),
    );
    expect(answers.filter((answer) => !answer.errors).length).toBe(3);
    const [{ n }] = (await t.database.dataSource.query('SELECT count(*)::int AS n FROM kpi WHERE project_id = $1', [
      project.id,
    ])) as { n: number }[];
    expect(n).toBe(PROJECT_LIMITS.kpis);
  });

  it('refuses a measurement of a new day past the bound, and corrects the value of a known day', async () => {
    const project = await api.makeProject();
    const kpi = await api.makeKpi(project.id);
    const days = Array.from({ length: PROJECT_LIMITS.measurements }, (_, index) => addDays(today(), -index));
    for (const date of days) dataOf(await send(RECORD_MEASUREMENT, { kpiId: kpi.id, date, value: 1 }));
    const body = await refused(t, () =>
      send(RECORD_MEASUREMENT, { kpiId: kpi.id, date: addDays(today(), -PROJECT_LIMITS.measurements), value: 1 }),
    );
    expectFull(body, 'measurements');
    dataOf(await send(RECORD_MEASUREMENT, { kpiId: kpi.id, date: days[0], value: 2 }));
  });

  it('refuses more members and more projects depended on than the bounds', async () => {
    const project = await api.makeProject();
    const members = Array.from({ length: PROJECT_LIMITS.members + 1 }, () => ({ personId: MISSING_ID, role: 'Team' }));
    const tooManyMembers = await refused(t, () =>
      api.as(
        EMAIL.portfolio,
        'mutation ($members: [ProjectMemberInput!]!) { setProjectMembers(projectId: "' +
          project.id +
          `", expectedVersion: ${project.version}, members: $members) { id } }`,
        { members },
      ),
    );
    expect(problemsOf(tooManyMembers).map((problem) => problem.path)).toEqual(['members']);
    const dependsOn = Array.from({ length: PROJECT_LIMITS.dependsOn + 1 }, () => MISSING_ID);
    const tooManyDependencies = await refused(t, () =>
      api.as(
        EMAIL.portfolio,
        `mutation ($dependsOn: [ID!]!) { setProjectDependencies(projectId: "${project.id}", expectedVersion: ${project.version}, dependsOn: $dependsOn) { id } }`,
        { dependsOn },
      ),
    );
    expect(problemsOf(tooManyDependencies).map((problem) => problem.path)).toEqual(['dependsOn']);
  });
});
