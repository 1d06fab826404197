import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  DEMO_PROJECTS,
  demoIsStale,
  EMAIL,
  faultyPaths,
  Portfolio,
  ProjectView,
  refused,
  today,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Archiving: a project leaves lists, totals and the roadmap, keeps everything, and comes back on restore. */

const ARCHIVE = `mutation ($id: ID!, $expectedVersion: Int!) {
  archiveProject(id: $id, expectedVersion: $expectedVersion) { id version archivedAt } }`;
const RESTORE = `mutation ($id: ID!, $expectedVersion: Int!) {
  restoreProject(id: $id, expectedVersion: $expectedVersion) { id version archivedAt } }`;

const PORTFOLIO = `query ($filter: ProjectFilter) {
  projects(filter: $filter, first: 100) { totalCount nodes { code } }
  portfolioSummary(filter: $filter) {
    projectCount budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects
    byHealth { health count } byPhase { phase count } byField { field { name } projectCount }
  }
  milestones(first: 200) { totalCount nodes { title project { code } } }
}`;

interface PortfolioView {
  projects: { totalCount: number; nodes: { code: string }[] };
  portfolioSummary: {
    projectCount: number;
    budgetPlanned: string;
    budgetSpent: string;
    milestonesOverdue: number;
    milestonesDueSoon: number;
    staleProjects: number;
    byHealth: { health: string; count: number }[];
    byPhase: { phase: string; count: number }[];
    byField: { field: { name: string }; projectCount: number }[];
  };
  milestones: { totalCount: number; nodes: { title: string; project: { code: string } }[] };
}

type Archived = { id: string; version: number; archivedAt: string | null };

describe('archiving projects', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function portfolio(filter?: Record<string, unknown>): Promise<PortfolioView> {
    return api.ok<PortfolioView>(EMAIL.viewer, PORTFOLIO, { filter });
  }

  async function archive(project: { id: string; version: number }, email: string = EMAIL.portfolio) {
    return api
      .ok<{ archiveProject: Archived }>(email, ARCHIVE, { id: project.id, expectedVersion: project.version })
      .then((data) => data.archiveProject);
  }

  /** A project with a budget, an overdue and a due-soon milestone. */
  async function projectWithEverything(): Promise<ProjectView> {
    const refs = await api.refs();
    const project = await api.makeProject({
      fieldId: Object.values(refs.fields)[0],
      budgetPlanned: '250000.00',
      startDate: addDays(today(), -400),
    });
    await api.makeMilestone(project.id, { title: 'Überfällig', plannedDate: addDays(today(), -3) });
    await api.makeMilestone(project.id, { title: 'Bald fällig', plannedDate: addDays(today(), 5) });
    return api.projectById(project.id);
  }

  it('takes the project out of the list, the totals, the dashboard and the milestones, and restores all of it', async () => {
    const before = await portfolio();
    const project = await projectWithEverything();
    const withIt = await portfolio();
    expect(withIt.projects.totalCount).toBe(before.projects.totalCount + 1);
    expect(withIt.portfolioSummary.milestonesOverdue).toBe(before.portfolioSummary.milestonesOverdue + 1);
    expect(withIt.portfolioSummary.milestonesDueSoon).toBe(before.portfolioSummary.milestonesDueSoon + 1);

    const archived = await archive(project);
    expect(archived.version).toBe(project.version + 1);
    expect(Date.parse(archived.archivedAt!)).toBeGreaterThan(Date.now() - 60_000);

    // Gone from everything, exactly as before it existed.
    const without = await portfolio();
    expect(without).toEqual(before);
    expect(without.projects.nodes.map((node) => node.code)).not.toContain(project.code);
    expect(without.milestones.nodes.map((node) => node.project.code)).not.toContain(project.code);

    // Its page, and its milestones asked for by project, stay.
    const page = await api.ok<{ project: { archivedAt: string | null; milestones: { title: string }[] } }>(
      EMAIL.viewer,
      'query ($code: String) { project(code: $code) { archivedAt milestones { title } } }',
      { code: project.code },
    );
    expect(page.project.archivedAt).toBe(archived.archivedAt);
    expect(page.project.milestones.map((milestone) => milestone.title)).toEqual(['Überfällig', 'Bald fällig']);
    const asked = await api.ok<{ milestones: { totalCount: number } }>(
      EMAIL.viewer,
      'query ($id: [ID!]) { milestones(filter: { projectId: $id }) { totalCount } }',
      { id: [project.id] },
    );
    expect(asked.milestones.totalCount).toBe(2);

    // "Archivierte anzeigen": the same figures as with the project.
    expect(await portfolio({ includeArchived: true })).toEqual({ ...withIt, milestones: without.milestones });

    const restored = await api.ok<{ restoreProject: Archived }>(EMAIL.portfolio, RESTORE, {
      id: project.id,
      expectedVersion: archived.version,
    });
    expect(restored.restoreProject).toEqual({ id: project.id, version: archived.version + 1, archivedAt: null });
    expect(await portfolio()).toEqual(withIt);
  });

  it('counts the whole portfolio the same from its kept counts as from the projects themselves', async () => {
    await archive(await projectWithEverything());
    // A stale project of the demo leaves the stale ones.
    const staleBefore = (await portfolio()).portfolioSummary.staleProjects;
    const stale = DEMO_PROJECTS.find((candidate) => demoIsStale(candidate, 30))!;
    await archive(await api.project(stale.code));
    expect((await portfolio()).portfolioSummary.staleProjects).toBe(staleBefore - 1);
    const all = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
    const whole = (await portfolio()).portfolioSummary;
    // A filter that selects every phase is read from the projects, not from the counts.
    const filtered = (await portfolio({ phase: all })).portfolioSummary;
    expect(filtered).toEqual(whole);
  });

  it('records archiving and restoring in the history, with the person', async () => {
    const project = await api.makeProject();
    const archived = await archive(project);
    await api.ok(EMAIL.admin, RESTORE, { id: project.id, expectedVersion: archived.version });
    const [restored, archivedEntry] = await api.history(project.id);
    expect(archivedEntry).toMatchObject({
      action: 'project.archived',
      actor: { email: EMAIL.portfolio },
      changes: [{ field: 'archivedAt', from: null, to: archived.archivedAt }],
    });
    expect(restored).toMatchObject({
      action: 'project.restored',
      actor: { email: EMAIL.admin },
      changes: [{ field: 'archivedAt', from: archived.archivedAt, to: null }],
    });
  });

  it('is for portfolio managers and administrators only: a lead of the project and a viewer are refused, nothing written', async () => {
    const project = await api.makeLeadProject();
    for (const email of [EMAIL.lead, EMAIL.viewer]) {
      const body = await refused(t, () => api.as(email, ARCHIVE, { id: project.id, expectedVersion: project.version }));
      expect(errorCode(body)).toBe('FORBIDDEN');
    }
  });

  it('refuses a stale version with CONFLICT, and archiving twice or restoring what is not archived at id', async () => {
    const project = await api.makeProject();
    const stale = await refused(t, () =>
      api.as(EMAIL.portfolio, ARCHIVE, { id: project.id, expectedVersion: project.version + 1 }),
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    const notArchived = await refused(t, () =>
      api.as(EMAIL.portfolio, RESTORE, { id: project.id, expectedVersion: project.version }),
    );
    expect(errorCode(notArchived)).toBe('BAD_USER_INPUT');
    expect(faultyPaths(notArchived)).toEqual(['id']);

    const archived = await archive(project);
    const twice = await refused(t, () =>
      api.as(EMAIL.portfolio, ARCHIVE, { id: project.id, expectedVersion: archived.version }),
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(faultyPaths(twice)).toEqual(['id']);
  });
});
