import { Health, MilestoneState, ProjectPhase } from '@leitstand/shared-domain';
import {
  addDays,
  COMPLETE_MILESTONE,
  DEMO_PROJECTS,
  demoFieldName,
  demoIsStale,
  demoLatest,
  demoMilestoneState,
  EMAIL,
  Portfolio,
  sumDecimals,
  today,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { DEMO_PORTFOLIO, DemoProject } from '../demo/demo-portfolio';

/** portfolioSummary: the dashboard's figures, which must agree with the projects, the filters and the milestones. */

interface Summary {
  projectCount: number;
  byHealth: { health: Health; count: number }[];
  byPhase: { phase: ProjectPhase; count: number }[];
  byField: {
    field: { id: string; name: string };
    projectCount: number;
    byHealth: { health: Health; count: number }[];
    notReported: number;
  }[];
  budgetPlanned: string;
  budgetSpent: string;
  milestonesOverdue: number;
  milestonesDueSoon: number;
  staleProjects: number;
  notReported: number;
}

const SUMMARY = `query ($filter: ProjectFilter, $asOf: DateTime) { portfolioSummary(filter: $filter, asOf: $asOf) {
  projectCount
  byHealth { health count }
  byPhase { phase count }
  byField { field { id name } projectCount byHealth { health count } notReported }
  budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects notReported
} }`;

function healthCounts(projects: readonly DemoProject[]): { health: Health; count: number }[] {
  return Object.values(Health).map((health) => ({
    health,
    count: projects.filter((project) => demoLatest(project).health === health).length,
  }));
}

function phaseCounts(projects: readonly DemoProject[]): { phase: ProjectPhase; count: number }[] {
  return Object.values(ProjectPhase).map((phase) => ({
    phase,
    count: projects.filter((project) => demoLatest(project).phase === phase).length,
  }));
}

function milestoneCount(projects: readonly DemoProject[], state: MilestoneState): number {
  return projects
    .flatMap((project) => project.milestones)
    .filter((milestone) => demoMilestoneState(milestone) === state).length;
}

/** Waits until the clock has moved on by a millisecond at least, so that an instant lies between two writes. */
async function nextInstant(): Promise<void> {
  const start = Date.now();
  while (Date.now() <= start + 1) await new Promise((resolve) => setTimeout(resolve, 2));
}

function sorted<T extends { health: string } | { phase: string }>(list: T[]): T[] {
  const key = (item: T) => ('health' in item ? item.health : item.phase);
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('portfolioSummary', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function summary(filter?: Record<string, unknown>, asOf?: string): Promise<Summary> {
    return (await api.ok<{ portfolioSummary: Summary }>(EMAIL.viewer, SUMMARY, { filter, asOf })).portfolioSummary;
  }

  async function projectTotal(filter: Record<string, unknown>): Promise<number> {
    return (
      await api.ok<{ projects: { totalCount: number } }>(
        EMAIL.viewer,
        'query ($filter: ProjectFilter) { projects(filter: $filter, first: 1) { totalCount } }',
        { filter },
      )
    ).projects.totalCount;
  }

  async function milestoneTotal(filter: Record<string, unknown>): Promise<number> {
    return (
      await api.ok<{ milestones: { totalCount: number } }>(
        EMAIL.viewer,
        'query ($filter: MilestoneFilter) { milestones(filter: $filter, first: 1) { totalCount } }',
        { filter },
      )
    ).milestones.totalCount;
  }

  describe('over the demo portfolio', () => {
    it('counts the projects, by health and by phase, every value included', async () => {
      const result = await summary();
      expect(result.projectCount).toBe(DEMO_PROJECTS.length);
      expect(sorted(result.byHealth)).toEqual(sorted(healthCounts(DEMO_PROJECTS)));
      expect(sorted(result.byPhase)).toEqual(sorted(phaseCounts(DEMO_PROJECTS)));
    });

    it('counts each field of action with its health', async () => {
      const result = await summary();
      const expected = DEMO_PORTFOLIO.fields
        .map((field) => {
          const projects = DEMO_PROJECTS.filter((project) => project.field === field.key);
          return { name: field.name, projectCount: projects.length, byHealth: sorted(healthCounts(projects)) };
        })
        .filter((field) => field.projectCount > 0)
        .sort((a, b) => a.name.localeCompare(b.name));
      const actual = result.byField
        .map((field) => ({
          name: field.field.name,
          projectCount: field.projectCount,
          byHealth: sorted(field.byHealth),
        }))
        .filter((field) => field.projectCount > 0)
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(actual).toEqual(expected);
    });

    it('adds up the budgets exactly', async () => {
      const result = await summary();
      expect(result.budgetPlanned).toBe(sumDecimals(DEMO_PROJECTS.map((project) => project.budgetPlanned)));
      expect(result.budgetSpent).toBe(sumDecimals(DEMO_PROJECTS.map((project) => project.budgetSpent)));
    });

    it('counts overdue and due-soon milestones by their forecast, else planned, date', async () => {
      const result = await summary();
      expect(result.milestonesOverdue).toBe(milestoneCount(DEMO_PROJECTS, MilestoneState.OVERDUE));
      expect(result.milestonesDueSoon).toBe(milestoneCount(DEMO_PROJECTS, MilestoneState.DUE_SOON));
    });

    it('counts the projects whose reports are more than 30 days old', async () => {
      const expected = DEMO_PROJECTS.filter((project) => demoIsStale(project, 30)).length;
      expect(expected).toBeGreaterThan(0);
      expect((await summary()).staleProjects).toBe(expected);
    });

    it('counts the projects without any report, which the demo has none of', async () => {
      const expected = DEMO_PROJECTS.filter((project) => project.statusUpdates.length === 0).length;
      expect((await summary()).notReported).toBe(expected);
    });
  });

  describe('agreement with the lists', () => {
    it('agrees with the project filters on health, phase and staleness', async () => {
      const result = await summary();
      expect(result.projectCount).toBe(await projectTotal({}));
      for (const { health, count } of result.byHealth) {
        expect({ health, count }).toEqual({ health, count: await projectTotal({ health: [health] }) });
      }
      for (const { phase, count } of result.byPhase) {
        expect({ phase, count }).toEqual({ phase, count: await projectTotal({ phase: [phase] }) });
      }
      expect(result.staleProjects).toBe(await projectTotal({ staleForDays: 30 }));
    });

    it('agrees with the projects of each field of action', async () => {
      const result = await summary();
      for (const field of result.byField) {
        expect({ field: field.field.name, count: field.projectCount }).toEqual({
          field: field.field.name,
          count: await projectTotal({ fieldId: [field.field.id] }),
        });
      }
    });

    it('agrees with the milestone filters on state', async () => {
      const result = await summary();
      expect(result.milestonesOverdue).toBe(await milestoneTotal({ state: ['OVERDUE'] }));
      expect(result.milestonesDueSoon).toBe(await milestoneTotal({ state: ['DUE_SOON'] }));
    });

    it('agrees with the fields of the projects themselves', async () => {
      const data = await api.ok<{ projects: { nodes: { health: Health; phase: ProjectPhase }[] } }>(
        EMAIL.viewer,
        '{ projects(first: 200) { nodes { health phase } } }',
      );
      const result = await summary();
      for (const { health, count } of result.byHealth) {
        expect({ health, count }).toEqual({
          health,
          count: data.projects.nodes.filter((node) => node.health === health).length,
        });
      }
      for (const { phase, count } of result.byPhase) {
        expect({ phase, count }).toEqual({
          phase,
          count: data.projects.nodes.filter((node) => node.phase === phase).length,
        });
      }
    });
  });

  describe('with a filter', () => {
    it('sums up only the projects that the filter selects, their milestones included', async () => {
      const refs = await api.refs();
      const selected = DEMO_PROJECTS.filter((project) => project.field === 'mobil');
      const result = await summary({ fieldId: [refs.fields[demoFieldName('mobil')]] });
      expect(result.projectCount).toBe(selected.length);
      expect(sorted(result.byHealth)).toEqual(sorted(healthCounts(selected)));
      expect(sorted(result.byPhase)).toEqual(sorted(phaseCounts(selected)));
      expect(result.budgetPlanned).toBe(sumDecimals(selected.map((project) => project.budgetPlanned)));
      expect(result.budgetSpent).toBe(sumDecimals(selected.map((project) => project.budgetSpent)));
      expect(result.milestonesOverdue).toBe(milestoneCount(selected, MilestoneState.OVERDUE));
      expect(result.milestonesDueSoon).toBe(milestoneCount(selected, MilestoneState.DUE_SOON));
      expect(result.staleProjects).toBe(selected.filter((project) => demoIsStale(project, 30)).length);
      expect(result.byField.filter((field) => field.projectCount > 0).map((field) => field.field.name)).toEqual([
        demoFieldName('mobil'),
      ]);
    });

    it('selects the same projects as the project list for any filter', async () => {
      const refs = await api.refs();
      const filters = [
        { search: 'e-akte' },
        { health: ['AT_RISK', 'OFF_TRACK'], phase: ['IN_PROGRESS'] },
        { leadId: [refs.people[EMAIL.lead]] },
        { tags: ['Homeoffice', 'Cloud'] },
        { staleForDays: 15 },
      ];
      for (const filter of filters) {
        expect({ filter, count: (await summary(filter)).projectCount }).toEqual({
          filter,
          count: await projectTotal(filter),
        });
      }
    });

    it('gives zeros for a filter that selects nothing, every health and phase still listed', async () => {
      const result = await summary({ search: 'kein-projekt-enthält-das' });
      expect(result).toMatchObject({
        projectCount: 0,
        budgetPlanned: '0.00',
        budgetSpent: '0.00',
        milestonesOverdue: 0,
        milestonesDueSoon: 0,
        staleProjects: 0,
        notReported: 0,
      });
      expect(sorted(result.byHealth)).toEqual(sorted(Object.values(Health).map((health) => ({ health, count: 0 }))));
      expect(sorted(result.byPhase)).toEqual(sorted(Object.values(ProjectPhase).map((phase) => ({ phase, count: 0 }))));
    });
  });

  describe('the whole portfolio, from the counts that every write keeps', () => {
    // Without a filter the counts come from portfolio_count and open_milestone_count; a filter that
    // selects every project counts the projects and milestones themselves. They must agree after any write.
    const EVERY_PHASE = { phase: Object.values(ProjectPhase) };

    async function expectCountsAgree(): Promise<Summary> {
      const whole = await summary();
      expect(whole).toEqual(await summary(EVERY_PHASE));
      return whole;
    }

    it('agrees with the projects and milestones themselves after each kind of write', async () => {
      const refs = await api.refs();
      const fields = Object.values(refs.fields);
      const start = await expectCountsAgree();

      const project = await api.makeProject({ phase: 'PLANNED', fieldId: fields[0], budgetPlanned: '1234.56' });
      let now = await expectCountsAgree();
      expect(now.projectCount).toBe(start.projectCount + 1);
      expect(now.notReported).toBe(start.notReported + 1);
      expect(now.budgetPlanned).toBe(sumDecimals([start.budgetPlanned, '1234.56']));

      const moved = await api.ok<{ updateProject: { version: number } }>(EMAIL.portfolio, UPDATE_PROJECT, {
        input: {
          id: project.id,
          expectedVersion: project.version,
          fieldId: fields[1],
          phase: 'IN_PROGRESS',
          budgetPlanned: '1000.00',
          budgetSpent: '99.99',
        },
      });
      now = await expectCountsAgree();
      expect(now.budgetPlanned).toBe(sumDecimals([start.budgetPlanned, '1000.00']));
      expect(now.budgetSpent).toBe(sumDecimals([start.budgetSpent, '99.99']));
      expect(moved.updateProject.version).toBe(project.version + 1);

      await api.postStatus(project.id, { health: 'OFF_TRACK', summary: 'Verzug beim Dienstleister.' });
      now = await expectCountsAgree();
      const offTrack = (of: Summary) => of.byHealth.find((item) => item.health === 'OFF_TRACK')!.count;
      expect(offTrack(now)).toBe(offTrack(start) + 1);
      expect(now.notReported).toBe(start.notReported);

      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), -3) });
      now = await expectCountsAgree();
      expect(now.milestonesOverdue).toBe(start.milestonesOverdue + 1);

      const forecast = await api.ok<{ updateMilestone: { version: number } }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 5) },
      });
      now = await expectCountsAgree();
      expect(now.milestonesOverdue).toBe(start.milestonesOverdue);
      expect(now.milestonesDueSoon).toBe(start.milestonesDueSoon + 1);

      await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, {
        id: milestone.id,
        expectedVersion: forecast.updateMilestone.version,
      });
      now = await expectCountsAgree();
      expect(now.milestonesDueSoon).toBe(start.milestonesDueSoon);

      // No mutation deletes projects; the counts follow a delete in the database all the same.
      await t.database.dataSource.query('DELETE FROM project WHERE id = $1', [project.id]);
      expect(await expectCountsAgree()).toEqual(start);
    });

    it('loses no count when writers change the same groups at once', async () => {
      const start = await expectCountsAgree();
      const projects = await Promise.all(Array.from({ length: 6 }, () => api.makeProject({ phase: 'IN_PROGRESS' })));
      const healths = ['AT_RISK', 'OFF_TRACK', 'ON_TRACK'];
      await Promise.all(
        projects.flatMap((project, n) =>
          healths.map((_, k) =>
            api.postStatus(project.id, { health: healths[(n + k) % 3], summary: `Bericht ${n}-${k}` }),
          ),
        ),
      );
      const now = await expectCountsAgree();
      expect(now.projectCount).toBe(start.projectCount + projects.length);
    });
  });

  describe('staleness of a project without any report', () => {
    it('counts it once it is older than 30 days, in the filter and the summary alike', async () => {
      const project = await api.makeProject({ phase: 'PLANNED' });
      const before = await summary();
      expect(await projectTotal({ staleForDays: 30, search: project.code })).toBe(0);

      // Nothing in the API makes a project old: move its creation back in the database.
      await t.database.dataSource.query(`UPDATE project SET created_at = now() - interval '40 days' WHERE id = $1`, [
        project.id,
      ]);
      expect(await projectTotal({ staleForDays: 30, search: project.code })).toBe(1);
      expect((await summary()).staleProjects).toBe(before.staleProjects + 1);

      await api.postStatus(project.id, { summary: 'Endlich ein Bericht.' });
      expect(await projectTotal({ staleForDays: 30, search: project.code })).toBe(0);
      expect((await summary()).staleProjects).toBe(before.staleProjects);
    });

    it('no longer counts a stale demo project once it reports', async () => {
      const stale = DEMO_PROJECTS.filter((project) => demoIsStale(project, 30)).map((project) => project.code);
      const project = await api.project(stale[0]);
      const before = (await summary()).staleProjects;
      await api.postStatus(project.id, { health: 'AT_RISK', summary: 'Wieder im Takt.' });
      expect((await summary()).staleProjects).toBe(before - 1);
      expect(await projectTotal({ staleForDays: 30, search: project.code })).toBe(0);
    });
  });

  describe('projects without any report', () => {
    const onTrack = (of: Summary) => of.byHealth.find((item) => item.health === 'ON_TRACK')!.count;

    it('counts them in the whole portfolio and under a filter, under their default health too', async () => {
      const refs = await api.refs();
      const field = refs.fields[demoFieldName('mobil')];
      const start = await summary();
      const startInField = await summary({ fieldId: [field] });
      const project = await api.makeProject({ fieldId: field, tags: ['Ohne Bericht'] });
      await api.makeProject({ tags: ['Ohne Bericht'], phase: 'IDEA' });

      const whole = await summary();
      expect(whole.notReported).toBe(start.notReported + 2);
      expect(onTrack(whole)).toBe(onTrack(start) + 2);
      // The count of the whole portfolio agrees with one over the projects themselves.
      expect(whole).toEqual(await summary({ phase: Object.values(ProjectPhase) }));
      expect((await summary({ fieldId: [field] })).notReported).toBe(startInField.notReported + 1);
      const inField = (of: Summary) => of.byField.find((entry) => entry.field.id === field)?.notReported ?? 0;
      expect(inField(whole)).toBe(inField(start) + 1);
      expect(whole.byField.reduce((sum, entry) => sum + entry.notReported, 0)).toBeLessThanOrEqual(whole.notReported);
      expect(await summary({ tags: ['Ohne Bericht'] })).toMatchObject({ projectCount: 2, notReported: 2 });
      // The list's filter by report selects exactly the projects counted here, and the others.
      expect(await summary({ reported: false })).toMatchObject({
        projectCount: whole.notReported,
        notReported: whole.notReported,
      });
      expect(await summary({ reported: true })).toMatchObject({
        projectCount: whole.projectCount - whole.notReported,
        notReported: 0,
      });
      expect(await projectTotal({ reported: false, tags: ['Ohne Bericht'] })).toBe(2);
      expect((await summary({ tags: ['Ohne Bericht'], phase: ['IDEA'] })).notReported).toBe(1);

      await api.postStatus(project.id, { health: 'AT_RISK', summary: 'Der erste Bericht.' });
      expect((await summary()).notReported).toBe(start.notReported + 1);
      expect((await summary({ fieldId: [field] })).notReported).toBe(startInField.notReported);
      expect((await summary({ tags: ['Ohne Bericht'] })).notReported).toBe(1);
      expect(inField(await summary())).toBe(inField(start));
      expect(await projectTotal({ reported: false, tags: ['Ohne Bericht'] })).toBe(1);
      expect(await projectTotal({ reported: true, tags: ['Ohne Bericht'] })).toBe(1);
    });

    it('leaves out the archived projects, as the other figures do', async () => {
      const start = await summary();
      const project = await api.makeProject({ tags: ['Archiviert ohne Bericht'] });
      expect((await summary()).notReported).toBe(start.notReported + 1);
      await api.ok(
        EMAIL.portfolio,
        'mutation ($id: ID!, $v: Int!) { archiveProject(id: $id, expectedVersion: $v) { id } }',
        {
          id: project.id,
          v: project.version,
        },
      );
      expect((await summary()).notReported).toBe(start.notReported);
      const archived = await summary({ tags: ['Archiviert ohne Bericht'], includeArchived: true });
      expect(archived).toMatchObject({ projectCount: 1, notReported: 1 });
    });

    it('counts a project as not reported as of an instant before its first report', async () => {
      const project = await api.makeProject({ tags: ['Erster Bericht spaeter'] });
      const filter = { tags: ['Erster Bericht spaeter'] };
      await nextInstant();
      const before = new Date().toISOString();
      await nextInstant();
      const wholeBefore = await summary();
      await api.postStatus(project.id, { summary: 'Jetzt berichtet.' });
      await nextInstant();
      const after = new Date().toISOString();

      expect(await summary(filter, before)).toMatchObject({ projectCount: 1, notReported: 1 });
      expect(await summary(filter, after)).toMatchObject({ projectCount: 1, notReported: 0 });
      // The filter by report reads the project as it stood then too.
      expect(await summary({ ...filter, reported: false }, before)).toMatchObject({ projectCount: 1 });
      expect(await summary({ ...filter, reported: false }, after)).toMatchObject({ projectCount: 0 });
      expect((await summary(filter)).notReported).toBe(0);
      // The whole portfolio as of then, computed from the history, agrees with what it said then.
      expect((await summary(undefined, before)).notReported).toBe(wholeBefore.notReported);
      expect((await summary(undefined, after)).notReported).toBe(wholeBefore.notReported - 1);
    });
  });
});
