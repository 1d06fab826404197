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
  }[];
  budgetPlanned: string;
  budgetSpent: string;
  milestonesOverdue: number;
  milestonesDueSoon: number;
  staleProjects: number;
}

const SUMMARY = `query ($filter: ProjectFilter) { portfolioSummary(filter: $filter) {
  projectCount
  byHealth { health count }
  byPhase { phase count }
  byField { field { id name } projectCount byHealth { health count } }
  budgetPlanned budgetSpent milestonesOverdue milestonesDueSoon staleProjects
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

  async function summary(filter?: Record<string, unknown>): Promise<Summary> {
    return (await api.ok<{ portfolioSummary: Summary }>(EMAIL.viewer, SUMMARY, { filter })).portfolioSummary;
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
});
