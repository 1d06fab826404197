import { EMAIL, Portfolio, SET_MEMBERS, UPDATE_PROJECT } from '../../test/portfolio';
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
});
