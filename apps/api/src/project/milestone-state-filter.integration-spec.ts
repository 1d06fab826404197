import { Health, MilestoneState } from '@leitstand/shared-domain';
import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  COMPLETE_MILESTONE,
  DEMO_PROJECTS,
  demoLatest,
  demoMilestoneState,
  EMAIL,
  faultyPaths,
  Portfolio,
  today,
  UPDATE_MILESTONE,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { DemoProject } from '../demo/demo-portfolio';

/**
 * `ProjectFilter.milestoneState`: the projects with at least one milestone in any of the states, in
 * the list, its total, the portfolio summary and as of a past instant.
 */

const LIST = `query ($filter: ProjectFilter, $asOf: DateTime, $first: Int) {
  projects(filter: $filter, asOf: $asOf, first: $first) { totalCount nodes { code } }
}`;

const SUMMARY = `query ($filter: ProjectFilter, $asOf: DateTime) {
  portfolioSummary(filter: $filter, asOf: $asOf) { projectCount milestonesOverdue milestonesDueSoon }
}`;

function demoCodesWith(states: MilestoneState[], also: (project: DemoProject) => boolean = () => true): string[] {
  return DEMO_PROJECTS.filter(
    (project) =>
      also(project) && project.milestones.some((milestone) => states.includes(demoMilestoneState(milestone))),
  )
    .map((project) => project.code)
    .sort();
}

/** Waits until the clock has moved on by a millisecond at least, so that an instant lies between two writes. */
async function nextInstant(): Promise<void> {
  const start = Date.now();
  while (Date.now() <= start + 1) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('projects by the state of their milestones', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function list(
    filter: Record<string, unknown>,
    asOf: string | null = null,
  ): Promise<{ totalCount: number; codes: string[] }> {
    const data = await api.ok<{ projects: { totalCount: number; nodes: { code: string }[] } }>(EMAIL.viewer, LIST, {
      filter,
      asOf,
      first: 200,
    });
    return { totalCount: data.projects.totalCount, codes: data.projects.nodes.map((node) => node.code).sort() };
  }

  async function codes(filter: Record<string, unknown>, asOf: string | null = null): Promise<string[]> {
    const result = await list(filter, asOf);
    expect(result.totalCount).toBe(result.codes.length);
    return result.codes;
  }

  describe('over the demo portfolio', () => {
    it.each(Object.values(MilestoneState))('selects the projects with a milestone %s', async (state) => {
      const expected = demoCodesWith([state]);
      expect(expected.length).toBeGreaterThan(0);
      // Every demo project has a milestone done; each open state leaves some out.
      if (state !== MilestoneState.DONE) expect(expected.length).toBeLessThan(DEMO_PROJECTS.length);
      expect(await codes({ milestoneState: [state] })).toEqual(expected);
    });

    it('selects the projects with a milestone in any of the states', async () => {
      const expected = demoCodesWith([MilestoneState.OVERDUE, MilestoneState.DUE_SOON]);
      expect(expected.length).toBeGreaterThan(demoCodesWith([MilestoneState.OVERDUE]).length);
      expect(await codes({ milestoneState: ['OVERDUE', 'DUE_SOON'] })).toEqual(expected);
      // States that are no range of due dates (overdue and upcoming, with done) select as well.
      expect(await codes({ milestoneState: ['OVERDUE', 'UPCOMING', 'DONE'] })).toEqual(
        demoCodesWith([MilestoneState.OVERDUE, MilestoneState.UPCOMING, MilestoneState.DONE]),
      );
    });

    it('combines with the other filters with AND', async () => {
      const healths = [Health.AT_RISK, Health.OFF_TRACK];
      const expected = demoCodesWith([MilestoneState.OVERDUE], (project) =>
        healths.includes(demoLatest(project).health),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(demoCodesWith([MilestoneState.OVERDUE]).length);
      expect(await codes({ milestoneState: ['OVERDUE'], health: healths })).toEqual(expected);
    });

    it('counts all the selected projects in totalCount, not the page', async () => {
      const expected = demoCodesWith([MilestoneState.OVERDUE, MilestoneState.DUE_SOON]);
      const data = await api.ok<{ projects: { totalCount: number; nodes: unknown[] } }>(EMAIL.viewer, LIST, {
        filter: { milestoneState: ['OVERDUE', 'DUE_SOON'] },
        first: 1,
      });
      expect(data.projects.nodes).toHaveLength(1);
      expect(data.projects.totalCount).toBe(expected.length);
    });

    it('sums up the same projects in the portfolio summary, their milestones only', async () => {
      const selected = DEMO_PROJECTS.filter((project) =>
        project.milestones.some((milestone) => demoMilestoneState(milestone) === MilestoneState.OVERDUE),
      );
      const milestones = selected.flatMap((project) => project.milestones);
      const data = await api.ok<{
        portfolioSummary: { projectCount: number; milestonesOverdue: number; milestonesDueSoon: number };
      }>(EMAIL.viewer, SUMMARY, { filter: { milestoneState: ['OVERDUE'] } });
      expect(data.portfolioSummary).toEqual({
        projectCount: selected.length,
        milestonesOverdue: milestones.filter((m) => demoMilestoneState(m) === MilestoneState.OVERDUE).length,
        milestonesDueSoon: milestones.filter((m) => demoMilestoneState(m) === MilestoneState.DUE_SOON).length,
      });
    });

    it('refuses a value that is no milestone state, naming the field', async () => {
      const body = await api.as(EMAIL.viewer, LIST, { filter: { milestoneState: ['LATE'] } });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body).join()).toMatch(/^filter\.milestoneState/);
      expect(JSON.stringify(body.errors)).toContain('MilestoneState');
    });
  });

  describe('by the due date and completion of each milestone', () => {
    const TAG = 'Meilensteinfilter';

    it('follows the forecast, else the planned date, and leaves completed milestones to DONE', async () => {
      const project = await api.makeProject({ tags: [TAG] });
      const scope = (states: string[]) => codes({ tags: [TAG], milestoneState: states });
      expect(await scope(['OVERDUE', 'DUE_SOON', 'UPCOMING', 'DONE'])).toEqual([]);

      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), -2) });
      expect(await scope(['OVERDUE'])).toEqual([project.code]);
      expect(await scope(['DUE_SOON', 'UPCOMING', 'DONE'])).toEqual([]);

      // The forecast moves it: due in 14 days is still soon, in 15 it is upcoming.
      const soon = await api.ok<{ updateMilestone: { version: number } }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 14) },
      });
      expect(await scope(['OVERDUE'])).toEqual([]);
      expect(await scope(['DUE_SOON'])).toEqual([project.code]);
      const later = await api.ok<{ updateMilestone: { version: number } }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: soon.updateMilestone.version, forecastDate: addDays(today(), 15) },
      });
      expect(await scope(['DUE_SOON'])).toEqual([]);
      expect(await scope(['UPCOMING'])).toEqual([project.code]);

      await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, {
        id: milestone.id,
        expectedVersion: later.updateMilestone.version,
      });
      expect(await scope(['OVERDUE', 'DUE_SOON', 'UPCOMING'])).toEqual([]);
      expect(await scope(['DONE'])).toEqual([project.code]);
    });

    it('answers as of a past instant with the milestones as they stood then', async () => {
      const project = await api.makeProject({ tags: [`${TAG}-damals`] });
      const filter = { tags: [`${TAG}-damals`], milestoneState: ['OVERDUE'] };
      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), -3) });
      await nextInstant();
      const overdueThen = new Date().toISOString();
      await nextInstant();
      await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: milestone.version });

      expect(await codes(filter)).toEqual([]);
      expect(await list(filter, overdueThen)).toEqual({ totalCount: 1, codes: [project.code] });
      expect(await codes({ ...filter, milestoneState: ['DONE'] }, overdueThen)).toEqual([]);
      const summary = async (asOf: string | null) =>
        (
          await api.ok<{ portfolioSummary: { projectCount: number; milestonesOverdue: number } }>(
            EMAIL.viewer,
            SUMMARY,
            {
              filter,
              asOf,
            },
          )
        ).portfolioSummary;
      expect(await summary(overdueThen)).toMatchObject({ projectCount: 1, milestonesOverdue: 1 });
      expect(await summary(null)).toMatchObject({ projectCount: 0, milestonesOverdue: 0 });
    });
  });
});
