import { GraphQLSchemaHost } from '@nestjs/graphql';
import { errorCode } from '../../test/graphql-client';
import {
  dataOf,
  DEMO_PROJECTS,
  demoEmail,
  demoIsStale,
  demoLatest,
  EMAIL,
  faultyPaths,
  MISSING_ID,
  Portfolio,
  POST_STATUS,
  refused,
  STATUS_FIELDS,
  StatusView,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Status reports: append-only, newest first, and each sets the project's health, phase and progress. */

interface StatusPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: StatusView[];
}

const REPORTS = `query ($code: String, $first: Int, $after: String) { project(code: $code) {
  health phase progress
  latestStatus { ${STATUS_FIELDS} }
  statusUpdates(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { ${STATUS_FIELDS} } }
} }`;

interface Reports {
  health: string;
  phase: string;
  progress: number;
  latestStatus: StatusView | null;
  statusUpdates: StatusPage;
}

describe('status reports', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function reports(code: string, first?: number, after?: string | null): Promise<Reports> {
    return (await api.ok<{ project: Reports }>(EMAIL.viewer, REPORTS, { code, first, after })).project;
  }

  function post(input: Record<string, unknown>, email: string = EMAIL.portfolio) {
    return api.as<{ postStatusUpdate: StatusView }>(email, POST_STATUS, { input });
  }

  describe('of the demo portfolio', () => {
    it.each(DEMO_PROJECTS.map((project) => project.code))('shows the reports of %s newest first', async (code) => {
      const demo = DEMO_PROJECTS.find((project) => project.code === code)!;
      const result = await reports(code);
      const newestFirst = [...demo.statusUpdates].reverse();
      expect(result.statusUpdates.totalCount).toBe(demo.statusUpdates.length);
      expect(
        result.statusUpdates.nodes.map(
          ({ health, phase, progress, summary, achievements, nextSteps, blockers, author }) => ({
            health,
            phase,
            progress,
            summary,
            achievements,
            nextSteps,
            blockers,
            author: author.email,
          }),
        ),
      ).toEqual(
        newestFirst.map((update) => ({
          health: update.health,
          phase: update.phase,
          progress: update.progress,
          summary: update.summary,
          achievements: update.achievements ?? null,
          nextSteps: update.nextSteps ?? null,
          blockers: update.blockers ?? null,
          author: demoEmail(update.author),
        })),
      );
      const latest = demoLatest(demo);
      expect(result.latestStatus?.id).toBe(result.statusUpdates.nodes[0].id);
      expect(result).toMatchObject({ health: latest.health, phase: latest.phase, progress: latest.progress });
    });

    it('dates each demo report the number of days ago that the demo says', async () => {
      const demo = DEMO_PROJECTS.find((project) => project.code === 'DIG-002')!;
      const result = await reports('DIG-002');
      const days = result.statusUpdates.nodes.map((node) =>
        Math.round((Date.now() - Date.parse(node.createdAt)) / 86_400_000),
      );
      const expected = [...demo.statusUpdates].reverse().map((update) => update.daysAgo);
      days.forEach((day, index) => expect(Math.abs(day - expected[index])).toBeLessThanOrEqual(1));
    });

    it('pages through the reports newest first', async () => {
      const firstPage = await reports('DIG-006', 2);
      expect(firstPage.statusUpdates.nodes).toHaveLength(2);
      expect(firstPage.statusUpdates.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const secondPage = await reports('DIG-006', 2, firstPage.statusUpdates.pageInfo.endCursor);
      expect(secondPage.statusUpdates.pageInfo.hasPreviousPage).toBe(true);
      const all = await reports('DIG-006', 200);
      expect([...firstPage.statusUpdates.nodes, ...secondPage.statusUpdates.nodes].map((node) => node.id)).toEqual(
        all.statusUpdates.nodes.slice(0, 4).map((node) => node.id),
      );
      const instants = all.statusUpdates.nodes.map((node) => Date.parse(node.createdAt));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));
    });

    it('refuses a page of more than 200 reports', async () => {
      const body = await api.as(EMAIL.viewer, REPORTS, { code: 'DIG-006', first: 201 });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
    });
  });

  describe('postStatusUpdate', () => {
    it("records the report with its author and sets the project's health, phase and progress", async () => {
      const project = await api.makeLeadProject({ phase: 'PLANNED' });
      const status = dataOf(
        await post(
          {
            projectId: project.id,
            health: 'OFF_TRACK',
            phase: 'IN_PROGRESS',
            progress: 35,
            summary: 'Lieferant insolvent.',
            achievements: 'Pilot läuft.',
            nextSteps: 'Neuvergabe.',
            blockers: 'Kein Lieferant.',
          },
          EMAIL.lead,
        ),
      ).postStatusUpdate;
      expect(status).toMatchObject({
        health: 'OFF_TRACK',
        phase: 'IN_PROGRESS',
        progress: 35,
        summary: 'Lieferant insolvent.',
        achievements: 'Pilot läuft.',
        nextSteps: 'Neuvergabe.',
        blockers: 'Kein Lieferant.',
        author: { email: EMAIL.lead },
        project: { id: project.id, health: 'OFF_TRACK', phase: 'IN_PROGRESS', progress: 35 },
      });
      expect(Math.abs(Date.parse(status.createdAt) - Date.now())).toBeLessThan(60_000);
      const result = await reports(project.code);
      expect(result).toMatchObject({ health: 'OFF_TRACK', phase: 'IN_PROGRESS', progress: 35 });
      expect(result.latestStatus?.id).toBe(status.id);
    });

    it('keeps phase and progress where the report leaves them out, and the older reports as they were', async () => {
      const project = await api.makeProject({ phase: 'IN_PROGRESS' });
      const first = await api.postStatus(project.id, { health: 'AT_RISK', progress: 40, summary: 'Erster Bericht.' });
      const second = await api.postStatus(project.id, { health: 'ON_TRACK', summary: 'Zweiter Bericht.' });
      expect(second).toMatchObject({ health: 'ON_TRACK', phase: 'IN_PROGRESS', progress: 40 });
      const result = await reports(project.code);
      expect(result).toMatchObject({ health: 'ON_TRACK', phase: 'IN_PROGRESS', progress: 40 });
      expect(result.statusUpdates.nodes.map((node) => node.id)).toEqual([second.id, first.id]);
      // The older report as it was written; its project shows the project as it is now.
      const { project: _now, ...older } = result.statusUpdates.nodes[1];
      const { project: _then, ...written } = first;
      expect(older).toEqual(written);
    });

    it('applies every one of 12 reports sent at once to one project, each from the state the one before left', async () => {
      const project = await api.makeProject({ phase: 'IN_PROGRESS' });
      const progresses = Array.from({ length: 12 }, (_, n) => 5 * (n + 1));
      const healths = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
      const posted = await Promise.all(
        progresses.map((progress, n) =>
          api.postStatus(project.id, { health: healths[n % 3], progress, summary: `Bericht ${n}` }),
        ),
      );
      expect(new Set(posted.map((status) => status.id)).size).toBe(12);

      const result = await reports(project.code);
      expect(result.statusUpdates.totalCount).toBe(12);
      const now = await api.projectById(project.id);
      expect(now.version).toBe(project.version + 12);
      expect(now).toMatchObject({ health: result.latestStatus?.health, progress: result.latestStatus?.progress });

      // The history's progress changes form one chain from 0 through every report: no report was
      // computed from a state that another had already changed.
      const steps = new Map<string, string | null>();
      for (const event of await api.history(project.id)) {
        if (event.action !== 'status.posted') continue;
        const change = event.changes.find((c) => c.field === 'progress');
        expect(change && !steps.has(String(change.from))).toBe(true);
        steps.set(String(change!.from), change!.to);
      }
      const chain: string[] = [];
      for (let at: string | null | undefined = '0'; steps.has(String(at));) chain.push((at = steps.get(String(at))!));
      expect(chain.map(Number).sort((a, b) => a - b)).toEqual(progresses);
      expect(chain[chain.length - 1]).toBe(String(now.progress));
    });

    it('shows ON_TRACK and progress 0 for a project without reports', async () => {
      const project = await api.makeProject();
      expect(await reports(project.code)).toMatchObject({
        health: 'ON_TRACK',
        progress: 0,
        latestStatus: null,
        statusUpdates: { totalCount: 0, nodes: [] },
      });
    });

    it('takes a project off the stale list', async () => {
      const stale = DEMO_PROJECTS.find((project) => demoIsStale(project, 30))!;
      const project = await api.project(stale.code);
      const staleCodes = async () =>
        (
          await api.ok<{ projects: { nodes: { code: string }[] } }>(
            EMAIL.viewer,
            '{ projects(filter: { staleForDays: 30 }, first: 200) { nodes { code } } }',
          )
        ).projects.nodes.map((node) => node.code);
      expect(await staleCodes()).toContain(stale.code);
      await api.postStatus(project.id, { health: 'AT_RISK', summary: 'Wieder da.' });
      expect(await staleCodes()).not.toContain(stale.code);
    });

    it.each([101, -1])('refuses progress %d, outside 0..100, and writes nothing', async (progress) => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        post({ projectId: project.id, health: 'ON_TRACK', progress, summary: 'Zu viel.' }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.progress']);
    });

    it('names every faulty field: empty summary and progress out of range', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        post({ projectId: project.id, health: 'AT_RISK', progress: 150, summary: '' }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.progress', 'input.summary']);
    });

    it('refuses an unknown project with BAD_USER_INPUT at input.projectId', async () => {
      const body = await refused(t, () => post({ projectId: MISSING_ID, health: 'AT_RISK', summary: 'Ins Leere.' }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.projectId']);
    });

    it('refuses a health that does not exist', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () => post({ projectId: project.id, health: 'GREEN', summary: 'Bunt.' }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.health']);
    });
  });

  describe('append-only', () => {
    it('offers no operation that changes or removes a report', () => {
      const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
      // Reminders to report write no report.
      expect(mutations.filter((name) => /status/i.test(name) && !/reminder/i.test(name))).toEqual(['postStatusUpdate']);
    });
  });

  describe('who may report', () => {
    it('lets a lead report on a project they lead and on one they belong to', async () => {
      const led = await api.project('DIG-009');
      const member = await api.project('DIG-017');
      expect(
        (await post({ projectId: led.id, health: 'ON_TRACK', summary: 'Geleitet.' }, EMAIL.lead)).errors,
      ).toBeUndefined();
      expect(
        (await post({ projectId: member.id, health: 'ON_TRACK', summary: 'Mitglied.' }, EMAIL.lead)).errors,
      ).toBeUndefined();
    });

    it('refuses a lead elsewhere, a viewer and an API token with FORBIDDEN, writing nothing', async () => {
      const other = await api.project('DIG-004');
      const input = { projectId: other.id, health: 'OFF_TRACK', summary: 'Fremd.' };
      expect(errorCode(await refused(t, () => post(input, EMAIL.lead)))).toBe('FORBIDDEN');
      expect(errorCode(await refused(t, () => post(input, EMAIL.viewer)))).toBe('FORBIDDEN');
      const token = dataOf(
        await api.as<{ createApiToken: { token: string } }>(
          EMAIL.admin,
          'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Berichte" }) { token } }',
          { id: await api.personId(EMAIL.admin) },
        ),
      ).createApiToken.token;
      expect(errorCode(await refused(t, () => t.graphql(POST_STATUS, { input }, { token })))).toBe('FORBIDDEN');
      expect((await api.project('DIG-004')).health).toBe(
        demoLatest(DEMO_PROJECTS.find((p) => p.code === 'DIG-004')!).health,
      );
    });
  });

  it('accepts progress 0 and 100, the bounds', async () => {
    const project = await api.makeProject();
    expect((await api.postStatus(project.id, { progress: 100 })).progress).toBe(100);
    expect((await api.postStatus(project.id, { progress: 0 })).progress).toBe(0);
  });
});
