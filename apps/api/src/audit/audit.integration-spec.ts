import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  AuditView,
  auditTable,
  COMPLETE_MILESTONE,
  dataOf,
  DEMO_PROJECTS,
  EMAIL,
  HistoryView,
  Portfolio,
  PROJECT_HISTORY,
  RECORD_MEASUREMENT,
  SET_DEPENDENCIES,
  SET_MEMBERS,
  today,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
  UPDATE_RISK,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * The audit history: every write leaves one event with its actor, action and field-level changes,
 * in the same transaction as the write, and Project.history shows a project's events together
 * with those of its milestones, reports, key figures and risks, newest first.
 */
describe('audit history', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The events that a project gained since `before` (its history before the write). */
  async function newEvents(projectId: string, before: AuditView[]): Promise<AuditView[]> {
    const known = new Set(before.map((event) => event.id));
    return (await api.history(projectId)).filter((event) => !known.has(event.id));
  }

  describe('of the demo portfolio', () => {
    it.each(DEMO_PROJECTS.map((project) => project.code))(
      'has the seeding of %s in its history, made by the system (no actor)',
      async (code) => {
        const demo = DEMO_PROJECTS.find((project) => project.code === code)!;
        const project = await api.project(code);
        const history = await api.history(project.id);
        const count = (action: string) => history.filter((event) => event.action === action).length;
        expect(history.filter((event) => event.actor !== null)).toEqual([]);
        expect({
          created: count('project.created'),
          milestones: count('milestone.created'),
          reports: count('status.posted'),
          kpis: count('kpi.created'),
          risks: count('risk.created'),
        }).toEqual({
          created: 1,
          milestones: demo.milestones.length,
          reports: demo.statusUpdates.length,
          kpis: demo.kpis.length,
          risks: demo.risks.length,
        });
      },
    );

    it('lists the history newest first and pages through it', async () => {
      const project = await api.project('DIG-002');
      const all = await api.history(project.id);
      const instants = all.map((event) => Date.parse(event.at));
      expect(instants).toEqual([...instants].sort((a, b) => b - a));

      const first = await api.ok<{ project: HistoryView }>(EMAIL.viewer, PROJECT_HISTORY, { id: project.id, first: 5 });
      expect(first.project.history.totalCount).toBe(all.length);
      expect(first.project.history.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = await api.ok<{ project: HistoryView }>(EMAIL.viewer, PROJECT_HISTORY, {
        id: project.id,
        first: 5,
        after: first.project.history.pageInfo.endCursor,
      });
      expect([...first.project.history.nodes, ...second.project.history.nodes].map((event) => event.id)).toEqual(
        all.slice(0, 10).map((event) => event.id),
      );
    });

    it('refuses a history page of more than 200 events', async () => {
      const project = await api.project('DIG-002');
      const body = await api.as(EMAIL.viewer, PROJECT_HISTORY, { id: project.id, first: 201 });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
    });
  });

  describe('each write leaves one event', () => {
    it('project.created, by the person who created it, with the values set', async () => {
      const project = await api.makeProject({ title: 'Mit Historie', budgetPlanned: '1250000' });
      const history = await api.history(project.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'project.created',
        entityType: 'Project',
        entityId: project.id,
        actor: { email: EMAIL.portfolio },
      });
      expect(history[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'code', from: null, to: project.code },
          { field: 'title', from: null, to: 'Mit Historie' },
          { field: 'budgetPlanned', from: null, to: '1250000.00' },
        ]),
      );
      expect(Math.abs(Date.parse(history[0].at) - Date.now())).toBeLessThan(60_000);
    });

    it('project.updated, with exactly the fields that changed, as text', async () => {
      const project = await api.makeProject({ startDate: '2026-01-01', plannedEndDate: '2026-12-31', summary: 'Alt' });
      const before = await api.history(project.id);
      dataOf(
        await api.as(EMAIL.admin, UPDATE_PROJECT, {
          input: {
            id: project.id,
            expectedVersion: 1,
            title: project.title, // unchanged: not a change
            plannedEndDate: '2027-03-31',
            budgetPlanned: '2500.5',
            summary: null,
          },
        }),
      );
      const [event, ...more] = await newEvents(project.id, before);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        action: 'project.updated',
        entityType: 'Project',
        entityId: project.id,
        actor: { email: EMAIL.admin },
      });
      expect([...event.changes].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
        { field: 'budgetPlanned', from: '1000.00', to: '2500.50' },
        { field: 'plannedEndDate', from: '2026-12-31', to: '2027-03-31' },
        { field: 'summary', from: 'Alt', to: null },
      ]);
    });

    it('project.members.set and project.dependencies.set', async () => {
      const project = await api.makeProject();
      const other = await api.makeProject();
      const before = await api.history(project.id);
      const withMembers = dataOf(
        await api.as<{ setProjectMembers: { version: number } }>(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [{ personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' }],
        }),
      ).setProjectMembers;
      dataOf(
        await api.as(EMAIL.portfolio, SET_DEPENDENCIES, {
          projectId: project.id,
          expectedVersion: withMembers.version,
          dependsOn: [other.id],
        }),
      );
      const events = await newEvents(project.id, before);
      expect(events.map((event) => event.action)).toEqual(['project.dependencies.set', 'project.members.set']);
      expect(events.every((event) => event.entityType === 'Project' && event.actor?.email === EMAIL.portfolio)).toBe(
        true,
      );
      expect(events.every((event) => event.changes.length > 0)).toBe(true);
    });

    it('milestone.created, milestone.updated, milestone.completed, in the history of the project', async () => {
      const project = await api.makeLeadProject();
      const before = await api.history(project.id);
      const milestone = await api.makeMilestone(project.id, { plannedDate: '2026-09-30' }, EMAIL.lead);
      dataOf(
        await api.as(EMAIL.lead, UPDATE_MILESTONE, {
          input: { id: milestone.id, expectedVersion: 1, forecastDate: '2026-10-15' },
        }),
      );
      dataOf(
        await api.as(EMAIL.lead, COMPLETE_MILESTONE, {
          id: milestone.id,
          expectedVersion: 2,
          completedDate: '2026-10-14',
        }),
      );
      const events = await newEvents(project.id, before);
      expect(events.map((event) => event.action)).toEqual([
        'milestone.completed',
        'milestone.updated',
        'milestone.created',
      ]);
      expect(events.every((event) => event.entityType === 'Milestone' && event.entityId === milestone.id)).toBe(true);
      expect(events.every((event) => event.actor?.email === EMAIL.lead)).toBe(true);
      expect(events[1].changes).toEqual([{ field: 'forecastDate', from: null, to: '2026-10-15' }]);
      expect(events[0].changes).toEqual(
        expect.arrayContaining([{ field: 'completedDate', from: null, to: '2026-10-14' }]),
      );
    });

    it('status.posted, with the health it set', async () => {
      const project = await api.makeProject();
      const before = await api.history(project.id);
      const status = await api.postStatus(project.id, { health: 'AT_RISK', progress: 20 });
      const [event, ...more] = await newEvents(project.id, before);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        action: 'status.posted',
        entityType: 'StatusUpdate',
        entityId: status.id,
        actor: { email: EMAIL.portfolio },
      });
      // Whether the event tells the report's values or the project's change, it names the new health and progress.
      expect(event.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'health', to: 'AT_RISK' }),
          expect.objectContaining({ field: 'progress', to: '20' }),
        ]),
      );
    });

    it('kpi.created and kpi.measurement.recorded', async () => {
      const project = await api.makeProject();
      const before = await api.history(project.id);
      const kpi = await api.makeKpi(project.id);
      dataOf(await api.as(EMAIL.portfolio, RECORD_MEASUREMENT, { input: { kpiId: kpi.id, date: today(), value: 42 } }));
      const events = await newEvents(project.id, before);
      expect(events.map((event) => `${event.action} ${event.entityType} ${event.entityId}`)).toEqual([
        `kpi.measurement.recorded Kpi ${kpi.id}`,
        `kpi.created Kpi ${kpi.id}`,
      ]);
    });

    it('risk.created and risk.updated, with the status change', async () => {
      const project = await api.makeProject();
      const before = await api.history(project.id);
      const risk = await api.makeRisk(project.id);
      dataOf(
        await api.as(EMAIL.portfolio, UPDATE_RISK, { input: { id: risk.id, expectedVersion: 1, status: 'MITIGATED' } }),
      );
      const events = await newEvents(project.id, before);
      expect(events.map((event) => `${event.action} ${event.entityType} ${event.entityId}`)).toEqual([
        `risk.updated Risk ${risk.id}`,
        `risk.created Risk ${risk.id}`,
      ]);
      expect(events[0].changes).toEqual([{ field: 'status', from: 'OPEN', to: 'MITIGATED' }]);
    });

    it('strategy.created and field.created, outside any project', async () => {
      const table = await auditTable(t);
      const strategy = dataOf(
        await api.as<{ createStrategy: { id: string } }>(
          EMAIL.portfolio,
          'mutation { createStrategy(input: { name: "Neue Strategie", startYear: 2025, endYear: 2030 }) { id } }',
        ),
      ).createStrategy;
      const field = dataOf(
        await api.as<{ createFieldOfAction: { id: string } }>(
          EMAIL.portfolio,
          'mutation ($id: ID!) { createFieldOfAction(input: { strategyId: $id, name: "Neues Feld" }) { id } }',
          { id: strategy.id },
        ),
      ).createFieldOfAction;
      const rows: { action: string; entity_type: string; entity_id: string }[] = await t.database.dataSource.query(
        `SELECT action, entity_type, entity_id::text FROM "${table}" WHERE entity_id::text IN ($1, $2) ORDER BY action`,
        [strategy.id, field.id],
      );
      expect(rows).toEqual([
        { action: 'field.created', entity_type: 'FieldOfAction', entity_id: field.id },
        { action: 'strategy.created', entity_type: 'Strategy', entity_id: strategy.id },
      ]);
    });

    it('shows an event through node(id:) as well', async () => {
      const project = await api.makeProject();
      const [event] = await api.history(project.id);
      const data = await api.ok<{ node: AuditView }>(
        EMAIL.viewer,
        'query ($id: ID!) { node(id: $id) { ... on AuditEvent { id at action entityType entityId actor { email } changes { field from to } } } }',
        { id: event.id },
      );
      expect(data.node).toEqual(event);
    });
  });

  describe('a failed write leaves neither the change nor the event', () => {
    /** Makes the database refuse one kind of statement, to fail a write half-way through its transaction. */
    async function sabotage(table: string, when: string): Promise<() => Promise<void>> {
      await t.database.dataSource.query(
        `CREATE OR REPLACE FUNCTION test_sabotage() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'sabotaged by the test'; END $$`,
      );
      await t.database.dataSource.query(
        `CREATE TRIGGER test_sabotage BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION test_sabotage()`,
      );
      return async () => {
        await t.database.dataSource.query(`DROP TRIGGER test_sabotage ON "${table}"`);
      };
    }

    it('keeps the project unchanged when its event cannot be written', async () => {
      const project = await api.makeProject({ title: 'Unverändert' });
      const before = await api.history(project.id);
      const restore = await sabotage(await auditTable(t), `NEW.action = 'project.updated'`);
      try {
        const body = await api.as(EMAIL.portfolio, UPDATE_PROJECT, {
          input: { id: project.id, expectedVersion: 1, title: 'Geändert' },
        });
        expect(body.errors).toBeDefined();
      } finally {
        await restore();
      }
      expect(await api.projectById(project.id)).toMatchObject({ title: 'Unverändert', version: 1 });
      expect(await api.history(project.id)).toEqual(before);
    });

    it('writes no event when the project cannot be changed', async () => {
      const project = await api.makeProject({ title: 'Unverändert' });
      const before = await api.history(project.id);
      const restore = await sabotage('project', `NEW.title = 'Geändert'`);
      try {
        const body = await api.as(EMAIL.portfolio, UPDATE_PROJECT, {
          input: { id: project.id, expectedVersion: 1, title: 'Geändert' },
        });
        expect(body.errors).toBeDefined();
      } finally {
        await restore();
      }
      expect(await api.history(project.id)).toEqual(before);
    });

    it('keeps the report and the project health away when the event of a report cannot be written', async () => {
      const project = await api.makeProject();
      const before = await api.history(project.id);
      const restore = await sabotage(await auditTable(t), `NEW.action = 'status.posted'`);
      try {
        const body = await api.as(
          EMAIL.portfolio,
          'mutation ($id: ID!) { postStatusUpdate(input: { projectId: $id, health: OFF_TRACK, progress: 10, summary: "Nie gespeichert" }) { id } }',
          {
            id: project.id,
          },
        );
        expect(body.errors).toBeDefined();
      } finally {
        await restore();
      }
      const data = await api.ok<{
        project: { health: string; progress: number; latestStatus: unknown; statusUpdates: { totalCount: number } };
      }>(
        EMAIL.viewer,
        'query ($id: ID) { project(id: $id) { health progress latestStatus { id } statusUpdates { totalCount } } }',
        { id: project.id },
      );
      expect(data.project).toEqual({
        health: 'ON_TRACK',
        progress: 0,
        latestStatus: null,
        statusUpdates: { totalCount: 0 },
      });
      expect(await api.history(project.id)).toEqual(before);
    });

    it('keeps the milestone open when the event of its completion cannot be written', async () => {
      const project = await api.makeProject();
      const milestone = await api.makeMilestone(project.id, { plannedDate: addDays(today(), 3) });
      const restore = await sabotage(await auditTable(t), `NEW.action = 'milestone.completed'`);
      try {
        expect(
          (await api.as(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: 1 })).errors,
        ).toBeDefined();
      } finally {
        await restore();
      }
      const data = await api.ok<{ node: { state: string; completedDate: string | null; version: number } }>(
        EMAIL.viewer,
        'query ($id: ID!) { node(id: $id) { ... on Milestone { state completedDate version } } }',
        { id: milestone.id },
      );
      expect(data.node).toEqual({ state: 'DUE_SOON', completedDate: null, version: 1 });
    });
  });
});
