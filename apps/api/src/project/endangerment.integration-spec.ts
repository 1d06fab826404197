import { addDays, EMAIL, Portfolio, ProjectView, SET_DEPENDENCIES, today, UPDATE_PROJECT } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** "Gefährdet durch": a prerequisite's slip reaches the projects that depend on it, derived on every read. */

const ENDANGERED = `
  code
  endangeredBy { by { code forecastEndDate } expectedEnd milestone { title } date days }`;

interface EndangeredView {
  code: string;
  endangeredBy: {
    by: { code: string; forecastEndDate: string | null };
    expectedEnd: string;
    milestone: { title: string } | null;
    date: string;
    days: number;
  }[];
}

describe('projects endangered by a prerequisite that slips', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function page(id: string, asOf?: string): Promise<EndangeredView> {
    const data = await api.ok<{ project: EndangeredView }>(
      EMAIL.viewer,
      `query ($id: ID, $asOf: DateTime) { project(id: $id, asOf: $asOf) { ${ENDANGERED} } }`,
      { id, asOf },
    );
    return data.project;
  }

  async function list(codes: string[]): Promise<EndangeredView[]> {
    const data = await api.ok<{ projects: { nodes: EndangeredView[] } }>(
      EMAIL.viewer,
      `query ($search: String) { projects(filter: { search: $search }, first: 200) { nodes { ${ENDANGERED} } } }`,
      { search: 'Gefährdungskette' },
    );
    return data.projects.nodes.filter((node) => codes.includes(node.code));
  }

  async function dependOn(project: ProjectView, prerequisites: ProjectView[]): Promise<ProjectView> {
    const data = await api.ok<{ setProjectDependencies: ProjectView }>(EMAIL.portfolio, SET_DEPENDENCIES, {
      projectId: project.id,
      expectedVersion: project.version,
      dependsOn: prerequisites.map((prerequisite) => prerequisite.id),
    });
    return data.setProjectDependencies;
  }

  async function forecast(project: ProjectView, forecastEndDate: string): Promise<ProjectView> {
    const data = await api.ok<{ updateProject: ProjectView }>(EMAIL.portfolio, UPDATE_PROJECT, {
      input: { id: project.id, expectedVersion: project.version, forecastEndDate },
    });
    return data.updateProject;
  }

  it('shows the slip on the dependent, in the list and on its page, from the moment it is forecast, and not before', async () => {
    const platform = await api.makeProject({
      title: 'Gefährdungskette: Plattform',
      plannedEndDate: addDays(today(), 60),
    });
    const portal = await dependOn(
      await api.makeProject({
        title: 'Gefährdungskette: Portal',
        phase: 'PLANNED',
        startDate: addDays(today(), 90),
        plannedEndDate: addDays(today(), 300),
      }),
      [platform],
    );
    // A milestone after the expected end is not passed; the start is.
    await api.makeMilestone(portal.id, { title: 'Go-live', plannedDate: addDays(today(), 200) });
    expect((await page(portal.id)).endangeredBy).toEqual([]);
    const before = new Date().toISOString();

    // A forecast that still ends before the portal starts endangers nothing.
    const inTime = await forecast(platform, addDays(today(), 80));
    expect((await page(portal.id)).endangeredBy).toEqual([]);

    // Now it ends after the start.
    await forecast(inTime, addDays(today(), 120));
    const expected = {
      code: portal.code,
      endangeredBy: [
        {
          by: { code: platform.code, forecastEndDate: addDays(today(), 120) },
          expectedEnd: addDays(today(), 120),
          milestone: null,
          date: addDays(today(), 90),
          days: 30,
        },
      ],
    };
    expect(await page(portal.id)).toEqual(expected);
    expect(await list([portal.code, platform.code])).toEqual([{ code: platform.code, endangeredBy: [] }, expected]);
    // As the portfolio stood before the slip, the portal was not endangered; a report printed again later says so.
    expect((await page(portal.id, before)).endangeredBy).toEqual([]);
  });

  it('names the open milestone that the slip passes where the plan already let the projects overlap', async () => {
    const register = await api.makeProject({
      title: 'Gefährdungskette: Register',
      plannedEndDate: addDays(today(), 100),
    });
    const service = await dependOn(
      await api.makeProject({ title: 'Gefährdungskette: Fachverfahren', startDate: addDays(today(), -30) }),
      [register],
    );
    await api.makeMilestone(service.id, { title: 'Pilotbetrieb', plannedDate: addDays(today(), 150) });
    await api.makeMilestone(service.id, { title: 'Anbindung', plannedDate: addDays(today(), 110) });
    await forecast(register, addDays(today(), 160));
    const [found] = (await page(service.id)).endangeredBy;
    expect(found).toEqual({
      by: { code: register.code, forecastEndDate: addDays(today(), 160) },
      expectedEnd: addDays(today(), 160),
      milestone: { title: 'Anbindung' },
      date: addDays(today(), 110),
      days: 50,
    });
  });

  it('ends when the prerequisite is completed, and a completed dependent is endangered by nothing', async () => {
    const base = await api.makeProject({ title: 'Gefährdungskette: Basis', plannedEndDate: addDays(today(), 10) });
    const upper = await dependOn(
      await api.makeProject({ title: 'Gefährdungskette: Aufbau', phase: 'PLANNED', startDate: addDays(today(), 20) }),
      [base],
    );
    const late = await forecast(base, addDays(today(), 40));
    expect((await page(upper.id)).endangeredBy.map((found) => found.by.code)).toEqual([base.code]);
    await api.ok(EMAIL.portfolio, UPDATE_PROJECT, {
      input: { id: late.id, expectedVersion: late.version, phase: 'COMPLETED', actualEndDate: today() },
    });
    expect((await page(upper.id)).endangeredBy).toEqual([]);
  });
});
