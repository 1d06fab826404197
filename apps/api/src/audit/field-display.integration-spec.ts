import { HISTORY_ACTIONS, HISTORY_FIELDS, HISTORY_KINDS } from '@leitstand/shared-domain';
import {
  addDays,
  COMPLETE_MILESTONE,
  DELETE_MILESTONE,
  EMAIL,
  Portfolio,
  problemsOf,
  RECORD_MEASUREMENT,
  SET_DEPENDENCIES,
  SET_MEMBERS,
  today,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
  UPDATE_RISK,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** The history as people read it: names instead of ids, values otherwise as recorded for the client to format. */

const HISTORY = `query ($id: ID!) { project(id: $id) { history(first: 20) { nodes {
  action changes { field from to fromDisplay toDisplay } } } } }`;

interface Entry {
  action: string;
  changes: {
    field: string;
    from: string | null;
    to: string | null;
    fromDisplay: string | null;
    toDisplay: string | null;
  }[];
}

describe('readable history', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function history(projectId: string): Promise<Entry[]> {
    return (await api.ok<{ project: { history: { nodes: Entry[] } } }>(EMAIL.viewer, HISTORY, { id: projectId }))
      .project.history.nodes;
  }

  async function names(): Promise<Record<string, string>> {
    const data = await api.ok<{ people: { id: string; name: string }[]; departments: { id: string; name: string }[] }>(
      EMAIL.viewer,
      '{ people { id name } departments { id name } }',
    );
    return Object.fromEntries([...data.people, ...data.departments].map((item) => [item.id, item.name]));
  }

  it('names the people, field of action and department that a change refers to, and leaves other values as recorded', async () => {
    const refs = await api.refs();
    const [firstField, secondField] = Object.entries(refs.fields);
    const [firstDepartment, secondDepartment] = Object.values(refs.departments);
    const project = await api.makeProject({
      leadId: refs.people[EMAIL.portfolio],
      fieldId: firstField[1],
      departmentId: firstDepartment,
      budgetPlanned: '1250000.5',
    });
    await api.ok(EMAIL.portfolio, UPDATE_PROJECT, {
      input: {
        id: project.id,
        expectedVersion: project.version,
        leadId: refs.people[EMAIL.lead],
        fieldId: secondField[1],
        departmentId: secondDepartment,
        budgetPlanned: '1300000',
        plannedEndDate: '2027-03-31',
      },
    });
    const name = await names();
    const [updated] = await history(project.id);
    const byField = Object.fromEntries(updated.changes.map((change) => [change.field, change]));
    expect(byField.leadId).toMatchObject({
      fromDisplay: name[refs.people[EMAIL.portfolio]],
      toDisplay: name[refs.people[EMAIL.lead]],
    });
    expect(byField.fieldId).toMatchObject({ fromDisplay: firstField[0], toDisplay: secondField[0] });
    expect(byField.departmentId).toMatchObject({
      fromDisplay: name[firstDepartment],
      toDisplay: name[secondDepartment],
    });
    expect(byField.budgetPlanned).toMatchObject({ fromDisplay: '1250000.50', toDisplay: '1300000.00' });
    expect(byField.plannedEndDate.toDisplay).toBe('2027-03-31');
    for (const change of updated.changes) expect(change.toDisplay).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('names each member with their role', async () => {
    const refs = await api.refs();
    const project = await api.makeProject();
    await api.ok(EMAIL.portfolio, SET_MEMBERS, {
      projectId: project.id,
      expectedVersion: project.version,
      members: [
        { personId: refs.people[EMAIL.lead], role: 'Fachliche Leitung' },
        { personId: refs.people[EMAIL.viewer], role: 'Controlling, Berichte' },
      ],
    });
    const name = await names();
    const [members] = await history(project.id);
    expect(members.action).toBe('project.members.set');
    const display = members.changes[0].toDisplay!;
    expect(display).toContain(`${name[refs.people[EMAIL.lead]]} (Fachliche Leitung)`);
    expect(display).toContain(`${name[refs.people[EMAIL.viewer]]} (Controlling, Berichte)`);
    expect(members.changes[0].fromDisplay).toBeNull();
  });

  it('lists only the kinds of record asked for, and refuses a kind it does not know', async () => {
    const project = await api.makeProject();
    await api.makeMilestone(project.id);
    await api.postStatus(project.id);
    const only = await api.ok<{ project: { history: { totalCount: number; nodes: { entityType: string }[] } } }>(
      EMAIL.viewer,
      'query ($id: ID!) { project(id: $id) { history(entityTypes: ["Milestone", "StatusUpdate"]) { totalCount nodes { entityType } } } }',
      { id: project.id },
    );
    expect(only.project.history.nodes.map((entry) => entry.entityType).sort()).toEqual(['Milestone', 'StatusUpdate']);
    expect(only.project.history.totalCount).toBe(2);
    const unknown = await api.as(
      EMAIL.viewer,
      'query ($id: ID!) { project(id: $id) { history(entityTypes: ["Project", "Budget"]) { totalCount } } }',
      { id: project.id },
    );
    expect(problemsOf(unknown).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'entityTypes.1', code: 'NOT_ALLOWED' },
    ]);
  });

  it('records only actions and fields that the shared list names, for which the web client has words', async () => {
    // One change of every kind, on top of the demo's.
    const refs = await api.refs();
    const other = await api.makeProject();
    const project = await api.makeProject({ sponsorId: refs.people[EMAIL.admin], tags: ['Pilot'] });
    await api.ok(EMAIL.portfolio, SET_DEPENDENCIES, {
      projectId: project.id,
      expectedVersion: project.version,
      dependsOn: [other.id],
    });
    const milestone = await api.makeMilestone(project.id, { ownerId: refs.people[EMAIL.lead], description: 'Los 1' });
    const forecast = (
      await api.ok<{ updateMilestone: { version: number } }>(EMAIL.portfolio, UPDATE_MILESTONE, {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 45) },
      })
    ).updateMilestone;
    const moved = (
      await api.ok<{ rebaselineMilestone: { id: string; version: number } }>(
        EMAIL.portfolio,
        `mutation ($id: ID!, $v: Int!) { rebaselineMilestone(id: $id, expectedVersion: $v, plannedDate: "${addDays(today(), 90)}", reason: "Vergabe") { id version } }`,
        { id: milestone.id, v: forecast.version },
      )
    ).rebaselineMilestone;
    await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, { id: moved.id, expectedVersion: moved.version });
    const second = await api.makeMilestone(project.id);
    await api.ok(EMAIL.portfolio, DELETE_MILESTONE, { id: second.id, expectedVersion: second.version });
    const kpi = await api.makeKpi(project.id);
    await api.ok(EMAIL.portfolio, RECORD_MEASUREMENT, { input: { kpiId: kpi.id, date: today(), value: 12 } });
    const risk = await api.makeRisk(project.id, { mitigation: 'Zweiter Anbieter' });
    await api.ok(EMAIL.portfolio, UPDATE_RISK, {
      input: { id: risk.id, expectedVersion: risk.version, status: 'CLOSED' },
    });
    await api.postStatus(project.id, { health: 'AT_RISK', phase: 'IN_PROGRESS', progress: 20 });
    const current = await api.projectById(project.id);
    const archived = (
      await api.ok<{ archiveProject: { version: number } }>(
        EMAIL.portfolio,
        'mutation ($id: ID!, $v: Int!) { archiveProject(id: $id, expectedVersion: $v) { version } }',
        { id: project.id, v: current.version },
      )
    ).archiveProject;
    await api.ok(
      EMAIL.portfolio,
      'mutation ($id: ID!, $v: Int!) { restoreProject(id: $id, expectedVersion: $v) { id } }',
      {
        id: project.id,
        v: archived.version,
      },
    );

    const strategy = (
      await api.ok<{
        strategies: {
          id: string;
          name: string;
          startYear: number;
          endYear: number;
          fields: { id: string; name: string }[];
        }[];
      }>(EMAIL.viewer, '{ strategies { id name startYear endYear fields { id name } } }')
    ).strategies[0];
    await api.ok(EMAIL.portfolio, 'mutation ($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id } }', {
      input: {
        id: strategy.id,
        name: strategy.name,
        description: 'Fortgeschrieben',
        startYear: strategy.startYear,
        endYear: strategy.endYear,
      },
    });
    await api.ok(
      EMAIL.portfolio,
      'mutation ($input: UpdateFieldOfActionInput!) { updateFieldOfAction(input: $input) { id } }',
      {
        input: { id: strategy.fields[0].id, name: strategy.fields[0].name, description: 'Fortgeschrieben' },
      },
    );

    const rows = (await t.database.dataSource.query(
      `SELECT DISTINCT action, entity_type AS kind, change->>'field' AS field
         FROM audit_event LEFT JOIN LATERAL jsonb_array_elements(changes) change ON TRUE`,
    )) as { action: string; kind: string; field: string | null }[];
    const unknown = rows.filter(
      (row) =>
        !(HISTORY_ACTIONS as readonly string[]).includes(row.action) ||
        !(HISTORY_KINDS as readonly string[]).includes(row.kind) ||
        (row.field !== null &&
          !(HISTORY_FIELDS as readonly string[]).includes(row.field) &&
          !/^measurement \d{4}-\d{2}-\d{2}$/.test(row.field)),
    );
    expect(unknown).toEqual([]);
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(HISTORY_ACTIONS));
  });
});
