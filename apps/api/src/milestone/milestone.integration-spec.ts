import { DUE_SOON_DAYS, MilestoneState } from '@leitstand/shared-domain';
import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  COMPLETE_MILESTONE,
  CREATE_MILESTONE,
  dataOf,
  DELETE_MILESTONE,
  DEMO_PROJECTS,
  demoDate,
  demoEmail,
  demoMilestoneState,
  demoSlipDays,
  EMAIL,
  faultyPaths,
  MILESTONE_FIELDS,
  MilestoneView,
  MISSING_ID,
  Portfolio,
  refused,
  today,
  UPDATE_MILESTONE,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { DemoMilestone } from '../demo/demo-portfolio';

/** Milestones: the derived state and slip, the list with its filters, and every write with its refusals. */

const ALL_MILESTONES = DEMO_PROJECTS.flatMap((project) =>
  project.milestones.map((milestone) => ({ code: project.code, milestone })),
);

function dueOffset(milestone: DemoMilestone): number {
  return milestone.forecastOffsetDays ?? milestone.plannedOffsetDays;
}

const LIST = `query ($filter: MilestoneFilter, $first: Int, $after: String) {
  milestones(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id } }
    nodes { id title state plannedDate forecastDate project { code } }
  }
}`;

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: {
    id: string;
    title: string;
    state: MilestoneState;
    plannedDate: string;
    forecastDate: string | null;
    project: { code: string };
  }[];
}

describe('milestones', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function list(variables: Record<string, unknown>): Promise<ListPage> {
    return (await api.ok<{ milestones: ListPage }>(EMAIL.viewer, LIST, variables)).milestones;
  }

  /** "code: title" of every milestone the filter selects. */
  async function selected(filter: Record<string, unknown>): Promise<string[]> {
    const page = await list({ filter, first: 200 });
    expect(page.totalCount).toBe(page.nodes.length);
    return page.nodes.map((node) => `${node.project.code}: ${node.title}`).sort();
  }

  function expectedWhere(predicate: (milestone: DemoMilestone, code: string) => boolean): string[] {
    return ALL_MILESTONES.filter(({ code, milestone }) => predicate(milestone, code))
      .map(({ code, milestone }) => `${code}: ${milestone.title}`)
      .sort();
  }

  describe('of the demo portfolio', () => {
    it.each(DEMO_PROJECTS.map((project) => project.code))(
      'shows the milestones of %s by planned date, with dates, state, slip and owner',
      async (code) => {
        const data = await api.ok<{ project: { milestones: MilestoneView[] } }>(
          EMAIL.viewer,
          `query ($code: String) { project(code: $code) { milestones { ${MILESTONE_FIELDS} } } }`,
          { code },
        );
        const demo = DEMO_PROJECTS.find((project) => project.code === code)!;
        expect(
          data.project.milestones.map(
            ({ title, plannedDate, forecastDate, completedDate, state, slipDays, owner }) => ({
              title,
              plannedDate,
              forecastDate,
              completedDate,
              state,
              slipDays,
              owner: owner?.email ?? null,
            }),
          ),
        ).toEqual(
          demo.milestones.map((milestone) => ({
            title: milestone.title,
            plannedDate: demoDate(milestone.plannedOffsetDays),
            forecastDate: demoDate(milestone.forecastOffsetDays),
            completedDate: demoDate(milestone.completedOffsetDays),
            state: demoMilestoneState(milestone),
            slipDays: demoSlipDays(milestone),
            owner: milestone.owner ? demoEmail(milestone.owner) : null,
          })),
        );
      },
    );

    it('names as next milestone the open one that is due first, for every demo project', async () => {
      const data = await api.ok<{ projects: { nodes: { code: string; nextMilestone: { title: string } | null }[] } }>(
        EMAIL.viewer,
        '{ projects(first: 200) { nodes { code nextMilestone { title } } } }',
      );
      const actual = Object.fromEntries(
        data.projects.nodes.map((node) => [node.code, node.nextMilestone?.title ?? null]),
      );
      const expected = Object.fromEntries(
        DEMO_PROJECTS.map((project) => {
          const open = project.milestones
            .filter((milestone) => milestone.completedOffsetDays === undefined)
            .sort((a, b) => dueOffset(a) - dueOffset(b));
          return [project.code, open[0]?.title ?? null];
        }),
      );
      expect(actual).toEqual(expected);
    });
  });

  describe('the list', () => {
    it('holds every milestone, 50 to a page unless asked otherwise', async () => {
      const page = await list({});
      expect(page.totalCount).toBe(ALL_MILESTONES.length);
      expect(ALL_MILESTONES.length).toBeGreaterThan(50);
      expect(page.nodes).toHaveLength(50);
      expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('counts every milestone the filter selects in totalCount even for an empty page (first: 0)', async () => {
      expect(await list({ first: 0 })).toMatchObject({ totalCount: ALL_MILESTONES.length, nodes: [] });
      const filter = { state: ['OVERDUE', 'DUE_SOON'] };
      const empty = await list({ filter, first: 0 });
      expect(empty.nodes).toEqual([]);
      expect(empty.totalCount).toBe((await selected(filter)).length);
      expect(empty.totalCount).toBeGreaterThan(0);
    });

    it('walks every milestone once by its cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 40; pages++) {
        const page: ListPage = await list({ first: 7, after });
        expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
        seen.push(...page.nodes.map((node) => node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(ALL_MILESTONES.length);
      expect(new Set(seen).size).toBe(ALL_MILESTONES.length);
    });

    it('refuses first beyond 200 and a foreign cursor with BAD_USER_INPUT', async () => {
      const tooMany = await api.as(EMAIL.viewer, LIST, { first: 201 });
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(tooMany)).toEqual(['first']);
      const foreign = await api.as(EMAIL.viewer, LIST, { after: 'bm90LWEtY3Vyc29y' });
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(foreign)).toEqual(['after']);
    });

    it.each(Object.values(MilestoneState))('filters by the state %s', async (state) => {
      const expected = expectedWhere((milestone) => demoMilestoneState(milestone) === state);
      expect(expected.length).toBeGreaterThan(0);
      expect(await selected({ state: [state] })).toEqual(expected);
    });

    it('filters by several states at once', async () => {
      expect(await selected({ state: ['OVERDUE', 'DUE_SOON'] })).toEqual(
        expectedWhere((milestone) =>
          [MilestoneState.OVERDUE, MilestoneState.DUE_SOON].includes(demoMilestoneState(milestone)),
        ),
      );
    });

    it.each([
      [['OVERDUE', 'DUE_SOON', 'UPCOMING']],
      [['DUE_SOON', 'UPCOMING']],
      [['OVERDUE', 'UPCOMING']],
      [['UPCOMING', 'DONE']],
      [['DONE', 'UPCOMING', 'OVERDUE', 'DUE_SOON']],
    ])('filters by the states %j', async (states) => {
      const expected = expectedWhere((milestone) => (states as string[]).includes(demoMilestoneState(milestone)));
      expect(await selected({ state: states })).toEqual(expected);
      const soon = { dueFrom: today(), dueTo: addDays(today(), 30) };
      expect(await selected({ state: states, ...soon })).toEqual(
        expectedWhere(
          (milestone) =>
            (states as string[]).includes(demoMilestoneState(milestone)) &&
            dueOffset(milestone) >= 0 &&
            dueOffset(milestone) <= 30,
        ),
      );
    });

    it(`finds open milestones by due date as milestone_state does: DUE_SOON from today to ${DUE_SOON_DAYS} days on`, async () => {
      const states = await t.database.dataSource.query(
        `SELECT milestone_state($1::date + k, NULL, NULL, $1::date) AS state FROM unnest($2::int[]) AS k ORDER BY k`,
        [today(), [-1, 0, DUE_SOON_DAYS, DUE_SOON_DAYS + 1]],
      );
      expect(states.map((row: { state: string }) => row.state)).toEqual([
        'OVERDUE',
        'DUE_SOON',
        'DUE_SOON',
        'UPCOMING',
      ]);
    });

    it('filters by project', async () => {
      const [a, b] = [await api.project('DIG-002'), await api.project('DIG-006')];
      expect(await selected({ projectId: [a.id, b.id] })).toEqual(
        expectedWhere((_milestone, code) => code === 'DIG-002' || code === 'DIG-006'),
      );
    });

    it('filters by due date (forecast, else planned), both ends included', async () => {
      expect(await selected({ dueFrom: today(), dueTo: addDays(today(), 30) })).toEqual(
        expectedWhere((milestone) => dueOffset(milestone) >= 0 && dueOffset(milestone) <= 30),
      );
      expect(await selected({ dueTo: addDays(today(), -100) })).toEqual(
        expectedWhere((milestone) => dueOffset(milestone) <= -100),
      );
      // A milestone due exactly on the bounds is included: DIG-004's forecast is due in 5 days.
      const exact = addDays(today(), 5);
      expect(await selected({ dueFrom: exact, dueTo: exact })).toEqual(
        expectedWhere((milestone) => dueOffset(milestone) === 5),
      );
    });

    it('combines the filters', async () => {
      const project = await api.project('DIG-006');
      expect(await selected({ projectId: [project.id], state: ['OVERDUE'], dueFrom: addDays(today(), -40) })).toEqual(
        expectedWhere(
          (milestone, code) =>
            code === 'DIG-006' &&
            demoMilestoneState(milestone) === MilestoneState.OVERDUE &&
            dueOffset(milestone) >= -40,
        ),
      );
    });

    it('agrees with the state that each milestone shows', async () => {
      const page = await list({ filter: { state: ['DUE_SOON'] }, first: 200 });
      expect(page.nodes.length).toBeGreaterThan(0);
      expect(page.nodes.filter((node) => node.state !== 'DUE_SOON')).toEqual([]);
    });

    it('shows the dates of each milestone on the list as on its project', async () => {
      const overdue = ALL_MILESTONES.filter(
        ({ milestone }) => demoMilestoneState(milestone) === MilestoneState.OVERDUE,
      );
      const page = await list({ filter: { state: ['OVERDUE'] }, first: 200 });
      expect(page.nodes.map((node) => `${node.plannedDate} ${node.forecastDate}`).sort()).toEqual(
        overdue
          .map(({ milestone }) => `${demoDate(milestone.plannedOffsetDays)} ${demoDate(milestone.forecastOffsetDays)}`)
          .sort(),
      );
    });
  });

  describe('createMilestone', () => {
    it.each([
      [30, 'UPCOMING'],
      [15, 'UPCOMING'],
      [14, 'DUE_SOON'],
      [0, 'DUE_SOON'],
      [-1, 'OVERDUE'],
    ])('creates a milestone planned %d days from today as %s, at version 1 and no slip', async (offset, state) => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, {
        title: 'Abnahme',
        description: 'Mit dem Fachamt.',
        plannedDate: addDays(today(), offset),
        ownerId: await api.personId(EMAIL.lead),
      });
      expect(milestone).toMatchObject({
        title: 'Abnahme',
        description: 'Mit dem Fachamt.',
        plannedDate: addDays(today(), offset),
        forecastDate: null,
        completedDate: null,
        state,
        slipDays: 0,
        version: 1,
        owner: { email: EMAIL.lead },
        project: { id: project.id },
      });
    });

    it('lists the new milestone in its project by planned date and makes it next when it is due first', async () => {
      const project = await api.makeProject();
      const later = await api.makeMilestone(project.id, { title: 'Später', plannedDate: addDays(today(), 60) });
      const earlier = await api.makeMilestone(project.id, { title: 'Früher', plannedDate: addDays(today(), 20) });
      const data = await api.ok<{ project: { milestones: { id: string }[]; nextMilestone: { id: string } } }>(
        EMAIL.viewer,
        'query ($id: ID) { project(id: $id) { milestones { id } nextMilestone { id } } }',
        { id: project.id },
      );
      expect(data.project.milestones.map((milestone) => milestone.id)).toEqual([earlier.id, later.id]);
      expect(data.project.nextMilestone.id).toBe(earlier.id);
    });

    it('refuses an empty title and writes nothing', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_MILESTONE, {
          input: { projectId: project.id, title: '', plannedDate: addDays(today(), 10) },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.title']);
    });

    it('names an unknown project and an unknown owner, and writes nothing', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_MILESTONE, {
          input: { projectId: MISSING_ID, title: 'Ins Leere', plannedDate: addDays(today(), 10), ownerId: MISSING_ID },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.ownerId', 'input.projectId']);
    });

    it('refuses a planned date that is not a date', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_MILESTONE, {
          input: { projectId: project.id, title: 'X', plannedDate: '2026-13-01' },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.plannedDate']);
    });
  });

  describe('updateMilestone', () => {
    it('moves the forecast, never the planned date, and derives slip and state from it', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), 5) });
      expect(milestone.state).toBe('DUE_SOON');
      const moved = dataOf(
        await api.as<{ updateMilestone: MilestoneView }>(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, forecastDate: addDays(today(), 45), title: 'Verschoben' },
        }),
      ).updateMilestone;
      expect(moved).toMatchObject({
        title: 'Verschoben',
        plannedDate: addDays(today(), 5),
        forecastDate: addDays(today(), 45),
        state: 'UPCOMING',
        slipDays: 40,
        version: 2,
      });
      const earlier = dataOf(
        await api.as<{ updateMilestone: MilestoneView }>(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 2, forecastDate: addDays(today(), -3) },
        }),
      ).updateMilestone;
      expect(earlier).toMatchObject({ state: 'OVERDUE', slipDays: -8, version: 3 });
      const cleared = dataOf(
        await api.as<{ updateMilestone: MilestoneView }>(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 3, forecastDate: null },
        }),
      ).updateMilestone;
      expect(cleared).toMatchObject({ forecastDate: null, state: 'DUE_SOON', slipDays: 0, version: 4 });
    });

    it('has no way to move the planned date', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, plannedDate: addDays(today(), 99) },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      dataOf(
        await api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, title: 'Zwei' },
        }),
      );
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, title: 'Veraltet' },
        }),
      );
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });

    it('answers NOT_FOUND for an unknown milestone', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, { input: { id: MISSING_ID, expectedVersion: 1, title: 'X' } }),
      );
      expect(errorCode(body)).toBe('NOT_FOUND');
    });

    it('refuses an empty title, and an unknown owner, naming each', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      const emptyTitle = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, { input: { id: milestone.id, expectedVersion: 1, title: '' } }),
      );
      expect(errorCode(emptyTitle)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(emptyTitle)).toEqual(['input.title']);
      const unknownOwner = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, ownerId: MISSING_ID },
        }),
      );
      expect(errorCode(unknownOwner)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(unknownOwner)).toEqual(['input.ownerId']);
    });

    it('refuses a forecast that is not a date, at input.forecastDate', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, forecastDate: 'bald' },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.forecastDate']);
    });
  });

  describe('completeMilestone', () => {
    it('completes a milestone today by default, slipping by the days since its planned date', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), -6) });
      expect(milestone.state).toBe('OVERDUE');
      const done = dataOf(
        await api.as<{ completeMilestone: MilestoneView }>(EMAIL.portfolio, COMPLETE_MILESTONE, {
          id: milestone.id,
          expectedVersion: 1,
        }),
      ).completeMilestone;
      expect(done).toMatchObject({ completedDate: today(), state: 'DONE', slipDays: 6, version: 2 });
    });

    it('takes the completed date given, and moves the next milestone on', async () => {
      const project = await api.makeProject();
      const first = await api.makeMilestone(project.id, { title: 'Erster', plannedDate: addDays(today(), 10) });
      const second = await api.makeMilestone(project.id, { title: 'Zweiter', plannedDate: addDays(today(), 40) });
      const done = dataOf(
        await api.as<{ completeMilestone: MilestoneView }>(EMAIL.portfolio, COMPLETE_MILESTONE, {
          id: first.id,
          expectedVersion: 1,
          completedDate: addDays(today(), -2),
        }),
      ).completeMilestone;
      expect(done).toMatchObject({ completedDate: addDays(today(), -2), state: 'DONE', slipDays: -12 });
      const data = await api.ok<{ project: { nextMilestone: { id: string } } }>(
        EMAIL.viewer,
        'query ($id: ID) { project(id: $id) { nextMilestone { id } } }',
        { id: project.id },
      );
      expect(data.project.nextMilestone.id).toBe(second.id);
    });

    it('refuses a stale version with CONFLICT and an unknown milestone with NOT_FOUND', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      dataOf(
        await api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, title: 'Zwei' },
        }),
      );
      const stale = await refused(t, () =>
        api.as(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: 1 }),
      );
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const unknown = await refused(t, () =>
        api.as(EMAIL.portfolio, COMPLETE_MILESTONE, { id: MISSING_ID, expectedVersion: 1 }),
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });

    it('refuses to complete a milestone that is done already, keeping its date and its one history entry', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), -6) });
      dataOf(
        await api.as(EMAIL.portfolio, COMPLETE_MILESTONE, {
          id: milestone.id,
          expectedVersion: 1,
          completedDate: addDays(today(), -3),
        }),
      );
      const again = await refused(t, () =>
        api.as(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: 2 }),
      );
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'id', message: `is already done (completed on ${addDays(today(), -3)})` }],
      });
      const history = await api.history(project.id);
      expect(history.filter((entry) => entry.action === 'milestone.completed')).toHaveLength(1);
    });

    it('refuses a completed date that is not a date, at completedDate', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: 1, completedDate: 'gestern' }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['completedDate']);
    });
  });

  describe('deleteMilestone', () => {
    it('removes the milestone, returns its id, and keeps its history', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, { title: 'Irrtum' });
      const removed = dataOf(
        await api.as<{ deleteMilestone: string }>(EMAIL.portfolio, DELETE_MILESTONE, {
          id: milestone.id,
          expectedVersion: 1,
        }),
      );
      expect(removed.deleteMilestone).toBe(milestone.id);
      const data = await api.ok<{ node: unknown; project: { milestones: unknown[]; nextMilestone: unknown } }>(
        EMAIL.viewer,
        'query ($id: ID!, $projectId: ID) { node(id: $id) { id } project(id: $projectId) { milestones { id } nextMilestone { id } } }',
        { id: milestone.id, projectId: project.id },
      );
      expect(data).toEqual({ node: null, project: { milestones: [], nextMilestone: null } });
      expect(await selected({ projectId: [project.id] })).toEqual([]);
      const history = await api.history(project.id);
      expect(
        history
          .filter((event) => event.entityId === milestone.id)
          .map((event) => event.action)
          .sort(),
      ).toEqual(['milestone.created', 'milestone.deleted']);
    });

    it('refuses a stale version with CONFLICT and an unknown milestone with NOT_FOUND', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      dataOf(
        await api.as(EMAIL.portfolio, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, title: 'Zwei' },
        }),
      );
      const stale = await refused(t, () =>
        api.as(EMAIL.portfolio, DELETE_MILESTONE, { id: milestone.id, expectedVersion: 1 }),
      );
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(
        errorCode(
          await refused(t, () => api.as(EMAIL.portfolio, DELETE_MILESTONE, { id: MISSING_ID, expectedVersion: 1 })),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('who may change milestones', () => {
    it('lets a project lead create, move, complete and delete milestones of a project they lead', async () => {
      const project = await api.makeLeadProject();
      const created = await api.makeMilestone(project.id, {}, EMAIL.lead);
      const moved = dataOf(
        await api.as<{ updateMilestone: MilestoneView }>(EMAIL.lead, UPDATE_MILESTONE, {
          input: { id: created.id, expectedVersion: 1, forecastDate: addDays(today(), 50) },
        }),
      ).updateMilestone;
      const done = dataOf(
        await api.as<{ completeMilestone: MilestoneView }>(EMAIL.lead, COMPLETE_MILESTONE, {
          id: created.id,
          expectedVersion: moved.version,
        }),
      ).completeMilestone;
      expect(done.state).toBe('DONE');
      const other = await api.makeMilestone(project.id, {}, EMAIL.lead);
      expect(dataOf(await api.as(EMAIL.lead, DELETE_MILESTONE, { id: other.id, expectedVersion: 1 }))).toEqual({
        deleteMilestone: other.id,
      });
    });

    it('refuses a project lead every milestone write on a project they neither lead nor belong to', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id);
      const writes: [string, Record<string, unknown>][] = [
        [CREATE_MILESTONE, { input: { projectId: project.id, title: 'Fremd', plannedDate: today() } }],
        [UPDATE_MILESTONE, { input: { id: milestone.id, expectedVersion: 1, title: 'Fremd' } }],
        [COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: 1 }],
        [DELETE_MILESTONE, { id: milestone.id, expectedVersion: 1 }],
      ];
      for (const [query, variables] of writes) {
        const body = await refused(t, () => api.as(EMAIL.lead, query, variables));
        expect({ query: query.slice(0, 40), code: errorCode(body) }).toEqual({
          query: query.slice(0, 40),
          code: 'FORBIDDEN',
        });
      }
    });

    it('refuses a viewer with FORBIDDEN', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.viewer, CREATE_MILESTONE, {
          input: { projectId: project.id, title: 'Nur lesen', plannedDate: today() },
        }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('state filters at the edges of DUE_SOON', () => {
    const DAYS = [-1, 0, DUE_SOON_DAYS, DUE_SOON_DAYS + 1];

    it.each([
      [['OVERDUE'], [-1]],
      [['DUE_SOON'], [0, DUE_SOON_DAYS]],
      [['UPCOMING'], [DUE_SOON_DAYS + 1]],
      [
        ['OVERDUE', 'DUE_SOON'],
        [-1, 0, DUE_SOON_DAYS],
      ],
      [
        ['DUE_SOON', 'UPCOMING'],
        [0, DUE_SOON_DAYS, DUE_SOON_DAYS + 1],
      ],
      [
        ['OVERDUE', 'UPCOMING'],
        [-1, DUE_SOON_DAYS + 1],
      ],
    ])('%j finds the open milestones due on the days %j from today', async (state, days) => {
      const project = await api.makeProject();
      for (const day of DAYS)
        await api.makeMilestone(project.id, { title: `Tag ${day}`, plannedDate: addDays(today(), day) });
      const done = await api.makeMilestone(project.id, { title: 'Erledigt', plannedDate: today() });
      await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, { id: done.id, expectedVersion: 1 });
      const page = await list({ filter: { projectId: [project.id], state }, first: 200 });
      expect(page.nodes.map((node) => node.title)).toEqual(days.map((day) => `Tag ${day}`));
      expect(page.totalCount).toBe(days.length);
    });
  });
});
