import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  COMPLETE_MILESTONE,
  EMAIL,
  faultyPaths,
  MILESTONE_FIELDS,
  MilestoneView,
  Portfolio,
  refused,
  today,
  UPDATE_MILESTONE,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Re-baselining: the baseline of a milestone moves only explicitly, with a reason, and its old dates stay. */

const REBASELINE = `mutation ($id: ID!, $expectedVersion: Int!, $plannedDate: Date!, $reason: String!) {
  rebaselineMilestone(id: $id, expectedVersion: $expectedVersion, plannedDate: $plannedDate, reason: $reason) {
    ${MILESTONE_FIELDS}
    rebaselines { at by { email } fromDate toDate reason }
  } }`;

type Rebaselined = MilestoneView & {
  rebaselines: { at: string; by: { email: string } | null; fromDate: string; toDate: string; reason: string }[];
};

describe('re-baselining milestones', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function rebaseline(
    milestone: { id: string; version: number },
    plannedDate: string,
    reason: string,
    email: string = EMAIL.portfolio,
  ) {
    return api.as<{ rebaselineMilestone: Rebaselined }>(email, REBASELINE, {
      id: milestone.id,
      expectedVersion: milestone.version,
      plannedDate,
      reason,
    });
  }

  it('moves the baseline, keeps each old one with who, when and why, and records it in the history', async () => {
    const project = await api.makeProject();
    const planned = addDays(today(), 20);
    const milestone = await api.makeMilestone(project.id, { plannedDate: planned });
    // Running late: the forecast says 40 days.
    const late = (
      await api.ok<{ updateMilestone: MilestoneView }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 40) },
      })
    ).updateMilestone;
    expect(late.slipDays).toBe(20);

    const first = (await rebaseline(late, addDays(today(), 35), '  Vergabe verzögert: Beschluss des Lenkungskreises  '))
      .data!.rebaselineMilestone;
    expect(first).toMatchObject({
      plannedDate: addDays(today(), 35),
      forecastDate: addDays(today(), 40),
      slipDays: 5,
      version: late.version + 1,
    });
    expect(first.rebaselines).toEqual([
      {
        at: expect.any(String),
        by: { email: EMAIL.portfolio },
        fromDate: planned,
        toDate: addDays(today(), 35),
        reason: 'Vergabe verzögert: Beschluss des Lenkungskreises',
      },
    ]);

    // Onto the forecast: the plan is the forecast, which is no longer a slip.
    const second = (await rebaseline(first, addDays(today(), 40), 'Neuer Zeitplan', EMAIL.admin)).data!
      .rebaselineMilestone;
    expect(second).toMatchObject({ plannedDate: addDays(today(), 40), forecastDate: null, slipDays: 0 });
    expect(second.rebaselines.map((move) => [move.fromDate, move.toDate, move.by?.email])).toEqual([
      [planned, addDays(today(), 35), EMAIL.portfolio],
      [addDays(today(), 35), addDays(today(), 40), EMAIL.admin],
    ]);

    const [latest] = await api.history(project.id);
    expect(latest).toMatchObject({
      action: 'milestone.rebaselined',
      entityId: milestone.id,
      actor: { email: EMAIL.admin },
      changes: [
        { field: 'plannedDate', from: addDays(today(), 35), to: addDays(today(), 40) },
        { field: 'forecastDate', from: addDays(today(), 40), to: null },
        { field: 'reason', from: null, to: 'Neuer Zeitplan' },
      ],
    });
  });

  it('refuses an empty reason, the same date and a completed milestone, each at its argument, writing nothing', async () => {
    const project = await api.makeProject();
    const milestone = await api.makeMilestone(project.id);
    for (const [plannedDate, reason, path] of [
      [addDays(today(), 60), '   ', 'reason'],
      [milestone.plannedDate, 'Kein Grund', 'plannedDate'],
      [addDays(today(), 60), 'x'.repeat(2001), 'reason'],
    ]) {
      const body = await refused(t, () => rebaseline(milestone, plannedDate, reason));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual([path]);
    }
    const done = (
      await api.ok<{ completeMilestone: MilestoneView }>(EMAIL.portfolio, COMPLETE_MILESTONE, {
        id: milestone.id,
        expectedVersion: milestone.version,
      })
    ).completeMilestone;
    const body = await refused(t, () => rebaseline(done, addDays(today(), 60), 'Zu spät'));
    expect(faultyPaths(body)).toEqual(['id']);
  });

  it('refuses a stale version with CONFLICT, and those who may not edit the project with FORBIDDEN', async () => {
    const project = await api.makeProject();
    const milestone = await api.makeMilestone(project.id);
    const stale = await refused(t, () =>
      rebaseline({ ...milestone, version: milestone.version + 1 }, addDays(today(), 60), 'Grund'),
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    for (const email of [EMAIL.viewer, EMAIL.lead]) {
      const body = await refused(t, () => rebaseline(milestone, addDays(today(), 60), 'Grund', email));
      expect(errorCode(body)).toBe('FORBIDDEN');
    }
  });

  it('lets a lead re-baseline a milestone of their own project', async () => {
    const project = await api.makeLeadProject();
    const milestone = await api.makeMilestone(project.id);
    const body = await rebaseline(milestone, addDays(today(), 90), 'Abhängigkeit verschoben', EMAIL.lead);
    expect(body.data!.rebaselineMilestone.rebaselines).toHaveLength(1);
  });
});
