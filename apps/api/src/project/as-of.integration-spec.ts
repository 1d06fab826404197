import {
  addDays,
  COMPLETE_MILESTONE,
  dataOf,
  EMAIL,
  faultyPaths,
  Portfolio,
  RECORD_MEASUREMENT,
  SET_DEPENDENCIES,
  SET_MEMBERS,
  today,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
  UPDATE_RISK,
} from '../../test/portfolio';
import { errorCode } from '../../test/graphql-client';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * `asOf`: a history is built step by step through the API; after each step the current state is
 * read and the instant noted. Afterwards, every read as of each noted instant must answer exactly
 * what the current read answered then, nested fields included.
 */

const PROJECT = `
  id code title summary phase health progress tags version createdAt updatedAt archivedAt
  startDate plannedEndDate forecastEndDate actualEndDate
  budget { planned spent currency }
  field { name } department { code } lead { email }
  members { person { email } role }
  dependsOn { code health version }
  dependents { code }
  milestones {
    id title plannedDate forecastDate completedDate state slipDays version project { code version }
    rebaselines { at fromDate toDate reason by { email } }
  }
  nextMilestone { title state }
  latestStatus { health phase progress summary createdAt author { email } project { code health version } }
  statusUpdates(first: 5) { totalCount nodes { summary health createdAt } }
  kpis { name unit target latest { date value } measurements { date value note } project { code version } }
  risks { title probability impact status version project { code } }
  history(first: 50) { totalCount nodes { at action changes { field from to } } }
`;

const READ = `query ($code: String!, $search: String!, $projectIds: [ID!], $asOf: DateTime) {
  project(code: $code, asOf: $asOf) { ${PROJECT} }
  projects(filter: { search: $search }, asOf: $asOf) { totalCount nodes { ${PROJECT} } }
  milestones(filter: { projectId: $projectIds }, asOf: $asOf) {
    totalCount nodes { title plannedDate forecastDate completedDate state slipDays project { code health } }
  }
  filtered: portfolioSummary(filter: { search: $search }, asOf: $asOf) {
    projectCount byHealth { health count } byPhase { phase count } budgetPlanned budgetSpent
    milestonesOverdue milestonesDueSoon staleProjects notReported
  }
  whole: portfolioSummary(asOf: $asOf) {
    projectCount byHealth { health count } byPhase { phase count }
    byField { field { name } projectCount byHealth { health count } }
    budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects notReported
  }
  withUpcoming: projects(filter: { search: $search, milestoneState: [UPCOMING] }, asOf: $asOf) { totalCount }
}`;

/** Waits until the clock has moved on by a millisecond at least, so that each step has an instant of its own. */
async function nextInstant(): Promise<void> {
  const start = Date.now();
  while (Date.now() <= start + 1) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('asOf: the portfolio as it stood at a past instant', () => {
  let t: TestApp;
  let api: Portfolio;
  const steps: { name: string; at: string; answer: unknown }[] = [];
  let code = '';
  let projectId = '';
  let before = '';
  let read: (asOf: string | null) => Promise<unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
    const prerequisite = await api.makeProject({ title: 'Vorhaben, auf das gewartet wird' });
    before = new Date().toISOString();
    await nextInstant();
    const project = await api.makeProject({ title: 'Zeitreise', summary: 'Wie es damals stand.' });
    code = project.code;
    projectId = project.id;
    read = async (asOf) =>
      dataOf(
        await api.as(EMAIL.viewer, READ, {
          code,
          search: code,
          projectIds: [projectId],
          asOf,
        }),
      );
    const step = async (name: string, write: () => Promise<unknown>) => {
      await write();
      const at = new Date().toISOString();
      steps.push({ name, at, answer: await read(null) });
      await nextInstant();
    };
    await step('created', async () => undefined);
    let version = project.version;
    const setVersion = (next: { version: number }) => (version = next.version);
    await step('reported', () => api.postStatus(projectId, { health: 'AT_RISK', progress: 20, summary: 'Verzug.' }));
    version += 1;
    const milestone = await api.makeMilestone(projectId, { title: 'Abnahme', plannedDate: addDays(today(), 20) });
    steps.push({ name: 'milestone planned', at: new Date().toISOString(), answer: await read(null) });
    await nextInstant();
    let milestoneVersion = milestone.version;
    await step('milestone slipped', async () => {
      const data = await api.ok<{ updateMilestone: { version: number } }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 45) },
      });
      milestoneVersion = data.updateMilestone.version;
    });
    await step('milestone re-baselined', () =>
      api.ok(
        EMAIL.portfolio,
        `mutation ($id: ID!, $expectedVersion: Int!, $plannedDate: Date!) {
          rebaselineMilestone(id: $id, expectedVersion: $expectedVersion, plannedDate: $plannedDate, reason: "Neuer Auftrag") { id } }`,
        { id: milestone.id, expectedVersion: milestoneVersion, plannedDate: addDays(today(), 40) },
      ),
    );
    const early = await api.makeMilestone(projectId, { title: 'Konzept', plannedDate: addDays(today(), -5) });
    await step('milestone completed', () =>
      api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, { id: early.id, expectedVersion: early.version }),
    );
    const kpi = await api.makeKpi(projectId, { name: 'Anträge online', unit: 'Anträge', target: 500 });
    await step('measured', () =>
      api.ok(EMAIL.portfolio, RECORD_MEASUREMENT, {
        input: { kpiId: kpi.id, date: addDays(today(), -3), value: 120 },
      }),
    );
    await step('measurement corrected', () =>
      api.ok(EMAIL.portfolio, RECORD_MEASUREMENT, {
        input: { kpiId: kpi.id, date: addDays(today(), -3), value: 125, note: 'korrigiert' },
      }),
    );
    const risk = await api.makeRisk(projectId, { title: 'Schnittstelle fehlt' });
    await step('risk mitigated', () =>
      api.ok(EMAIL.portfolio, UPDATE_RISK, {
        input: { id: risk.id, expectedVersion: risk.version, status: 'MITIGATED' },
      }),
    );
    await step('budget spent', async () =>
      setVersion(
        (
          await api.ok<{ updateProject: { version: number } }>(EMAIL.portfolio, UPDATE_PROJECT, {
            input: { id: projectId, expectedVersion: version, budgetSpent: '400.00', title: 'Zeitreise (neu)' },
          })
        ).updateProject,
      ),
    );
    await step('members set', async () =>
      setVersion(
        (
          await api.ok<{ setProjectMembers: { version: number } }>(EMAIL.portfolio, SET_MEMBERS, {
            projectId,
            expectedVersion: version,
            members: [{ personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' }],
          })
        ).setProjectMembers,
      ),
    );
    await step('dependency set', async () =>
      setVersion(
        (
          await api.ok<{ setProjectDependencies: { version: number } }>(EMAIL.portfolio, SET_DEPENDENCIES, {
            projectId,
            expectedVersion: version,
            dependsOn: [prerequisite.id],
          })
        ).setProjectDependencies,
      ),
    );
    await step('reported again', () =>
      api.postStatus(projectId, { health: 'OFF_TRACK', phase: 'ON_HOLD', progress: 35, summary: 'Gestoppt.' }),
    );
    await step('completed', async () => {
      const current = await api.project(code);
      await api.ok(EMAIL.portfolio, UPDATE_PROJECT, {
        input: { id: projectId, expectedVersion: current.version, phase: 'COMPLETED', actualEndDate: today() },
      });
    });
    await step('archived', () => archive('archiveProject'));
    await step('restored', () => archive('restoreProject'));
    await step('archived again', () => archive('archiveProject'));
    // Twenty steps, each written and read back whole: longer than a test's usual minute on a busy machine.
  }, 240_000);
  afterAll(async () => {
    await t.close();
  });

  async function archive(mutation: 'archiveProject' | 'restoreProject'): Promise<void> {
    const current = await api.project(code);
    await api.ok(
      EMAIL.portfolio,
      `mutation ($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v) { id } }`,
      {
        id: projectId,
        v: current.version,
      },
    );
  }

  it('answers, as of each recorded instant, exactly what the current read answered then', async () => {
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) {
      expect({ step: step.name, answer: await read(step.at) }).toEqual({ step: step.name, answer: step.answer });
    }
  });

  it('shows the states in between as different from now: the history is not the present repeated', async () => {
    const first = steps[0].answer as { project: { health: string; milestones: unknown[]; title: string } };
    const last = steps[steps.length - 1].answer as {
      project: { health: string; phase: string; title: string; archivedAt: string | null };
      projects: { totalCount: number };
    };
    expect(first.project).toMatchObject({ health: 'ON_TRACK', milestones: [], title: 'Zeitreise', archivedAt: null });
    expect(last.project).toMatchObject({ health: 'OFF_TRACK', phase: 'COMPLETED', title: 'Zeitreise (neu)' });
    expect(last.project.archivedAt).not.toBeNull();
    // Archived, it has left the list, as it had then.
    expect(last.projects.totalCount).toBe(0);
    const restored = steps.find((step) => step.name === 'restored')!.answer as { projects: { totalCount: number } };
    expect(restored.projects.totalCount).toBe(1);
  });

  it('counts the project as not reported, and by its milestones, as it stood then', async () => {
    type Figures = { filtered: { notReported: number }; withUpcoming: { totalCount: number } };
    const figures = (name: string) => steps.find((step) => step.name === name)!.answer as Figures;
    expect(figures('created').filtered.notReported).toBe(1);
    expect(figures('reported').filtered.notReported).toBe(0);
    expect(figures('reported').withUpcoming.totalCount).toBe(0);
    expect(figures('milestone planned').withUpcoming.totalCount).toBe(1);
    // Read as of those instants now, when the project has reports and an upcoming milestone.
    const created = (await read(at('created'))) as Figures;
    expect(created.filtered.notReported).toBe(1);
    expect(created.withUpcoming.totalCount).toBe(0);
  });

  it('leaves out what did not exist yet', async () => {
    const data = (await read(before)) as {
      project: unknown;
      projects: { totalCount: number };
      milestones: { totalCount: number };
    };
    expect(data.project).toBeNull();
    expect(data.projects.totalCount).toBe(0);
    expect(data.milestones.totalCount).toBe(0);
  });

  const CHANGES = `query ($from: DateTime!, $to: DateTime, $search: String!) {
    portfolioChanges(from: $from, to: $to, filter: { search: $search, includeArchived: true }) {
      from to
      projectsCreated { code }
      projectsCompleted { code phase }
      projectsCancelled { code }
      healthChanges { project { code health } from to at }
      milestonesCompleted { title completedDate state }
      milestonesSlipped { milestone { title plannedDate forecastDate } dueBefore dueAfter days }
      risksOpened { title status }
      statusUpdatesPosted
    }
  }`;

  const at = (name: string) => steps.find((step) => step.name === name)!.at;

  it('tells what changed between two instants of the built history', async () => {
    const { portfolioChanges: changes } = await api.ok<{ portfolioChanges: Record<string, unknown> }>(
      EMAIL.viewer,
      CHANGES,
      { from: at('milestone planned'), to: at('completed'), search: code },
    );
    expect(changes).toEqual({
      from: at('milestone planned'),
      to: at('completed'),
      projectsCreated: [],
      projectsCompleted: [{ code, phase: 'COMPLETED' }],
      projectsCancelled: [],
      healthChanges: [
        { project: { code, health: 'OFF_TRACK' }, from: 'AT_RISK', to: 'OFF_TRACK', at: expect.any(String) },
      ],
      milestonesCompleted: [{ title: 'Konzept', completedDate: today(), state: 'DONE' }],
      milestonesSlipped: [
        {
          milestone: { title: 'Abnahme', plannedDate: addDays(today(), 40), forecastDate: addDays(today(), 45) },
          dueBefore: addDays(today(), 20),
          dueAfter: addDays(today(), 45),
          days: 25,
        },
      ],
      risksOpened: [{ title: 'Schnittstelle fehlt', status: 'MITIGATED' }],
      statusUpdatesPosted: 1,
    });
    // The health change is dated at the report that made it.
    const reported = (
      steps.find((step) => step.name === 'reported again')!.answer as {
        project: { latestStatus: { createdAt: string } };
      }
    ).project.latestStatus.createdAt;
    expect((changes.healthChanges as { at: string }[])[0].at).toBe(reported);
  });

  it('counts the project as made since an instant before it, and its first report as a change of health', async () => {
    const { portfolioChanges: changes } = await api.ok<{
      portfolioChanges: {
        projectsCreated: { code: string }[];
        healthChanges: { from: string; to: string }[];
        statusUpdatesPosted: number;
      };
    }>(EMAIL.viewer, CHANGES, { from: before, search: code });
    expect(changes.projectsCreated).toEqual([{ code }]);
    expect(changes.healthChanges.map((change) => `${change.from}→${change.to}`)).toEqual([
      'ON_TRACK→AT_RISK',
      'AT_RISK→OFF_TRACK',
    ]);
    expect(changes.statusUpdatesPosted).toBe(2);
  });

  it('refuses an interval that ends in the future or begins after it ends, naming the field', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    const late = await api.as(EMAIL.viewer, CHANGES, { from: before, to: future, search: code });
    expect({ code: errorCode(late), fields: faultyPaths(late) }).toEqual({ code: 'BAD_USER_INPUT', fields: ['to'] });
    const reversed = await api.as(EMAIL.viewer, CHANGES, { from: at('completed'), to: before, search: code });
    expect({ code: errorCode(reversed), fields: faultyPaths(reversed) }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['from'],
    });
  });

  it('shows the demo as it stood 90 days ago: healths since changed, milestones since slipped and completed', async () => {
    const ninetyDaysAgo = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const { portfolioChanges: changes } = await api.ok<{
      portfolioChanges: {
        healthChanges: { project: { code: string } }[];
        milestonesSlipped: { days: number }[];
        milestonesCompleted: { title: string }[];
      };
    }>(EMAIL.viewer, CHANGES, { from: ninetyDaysAgo, search: 'DIG-' });
    expect(changes.healthChanges.length).toBeGreaterThan(0);
    expect(changes.milestonesSlipped.length).toBeGreaterThan(0);
    expect(changes.milestonesCompleted.length).toBeGreaterThan(0);
    const LIST = `query ($asOf: DateTime) { projects(filter: { search: "DIG-" }, asOf: $asOf) { nodes { id code health } } }`;
    type List = { projects: { nodes: { id: string; code: string; health: string }[] } };
    const then = (await api.ok<List>(EMAIL.viewer, LIST, { asOf: ninetyDaysAgo })).projects.nodes;
    const current = (await api.ok<List>(EMAIL.viewer, LIST, { asOf: null })).projects.nodes;
    const healthThen = new Map(then.map((project) => [project.code, project.health]));
    const changedSince = current.filter(
      (project) => healthThen.has(project.code) && healthThen.get(project.code) !== project.health,
    );
    expect(changedSince.length).toBeGreaterThan(0);
    // Its history goes back to its making, not to the minute of seeding.
    const history = await api.history(changedSince[0].id);
    expect(Date.parse(history[history.length - 1].at)).toBeLessThan(Date.parse(ninetyDaysAgo));
  });

  it('costs as many SQL statements for a page of 20 as for one of 2, and for the whole portfolio as for one project', async () => {
    const token = await api.token(EMAIL.viewer);
    const asOf = at('completed');
    const LIST = `query ($first: Int, $asOf: DateTime) { projects(first: $first, asOf: $asOf) { nodes {
      code lead { name } members { role person { name } } dependsOn { code } dependents { code }
      milestones { title state project { code } rebaselines { reason } } nextMilestone { title }
      latestStatus { summary author { name } } kpis { name latest { value } measurements { value } } risks { title project { code } }
    } } }`;
    const list = (first: number) => t.countStatements(() => t.graphql(LIST, { first, asOf }, { token }));
    expect(await list(20)).toBe(await list(2));
    const changes = (search: string | null) =>
      t.countStatements(() =>
        t.graphql(
          `query ($from: DateTime!, $filter: ProjectFilter) { portfolioChanges(from: $from, filter: $filter) {
            projectsCreated { code milestones { title } } healthChanges { project { code } }
            milestonesCompleted { title project { code } } milestonesSlipped { milestone { title project { code } } }
            risksOpened { title project { code } } } }`,
          { from: before, filter: search ? { search } : null },
          { token },
        ),
      );
    expect(await changes(null)).toBe(await changes(code));
  });

  it('refuses an instant in the future, naming asOf, for every read that takes one', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    for (const query of [
      'query ($asOf: DateTime) { projects(asOf: $asOf) { totalCount } }',
      'query ($asOf: DateTime) { project(code: "DIG-001", asOf: $asOf) { id } }',
      'query ($asOf: DateTime) { milestones(asOf: $asOf) { totalCount } }',
      'query ($asOf: DateTime) { portfolioSummary(asOf: $asOf) { projectCount } }',
    ]) {
      const body = await api.as(EMAIL.viewer, query, { asOf: future });
      expect({ query, code: errorCode(body), fields: faultyPaths(body) }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        fields: ['asOf'],
      });
    }
  });
});
