import { errorCode } from '../../test/graphql-client';
import {
  auditTable,
  dataOf,
  DEMO_PROJECTS,
  EMAIL,
  faultyPaths,
  MISSING_ID,
  Portfolio,
  refused,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { DEMO_PORTFOLIO } from '../demo/demo-portfolio';

/** Strategies and their fields of action, departments and people: the frame the projects hang in. */

const CREATE_STRATEGY = `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) {
  id name description startYear endYear fields { id } } }`;
const CREATE_FIELD = `mutation ($input: CreateFieldOfActionInput!) { createFieldOfAction(input: $input) {
  id name description strategy { id name } projects { totalCount } } }`;
const UPDATE_STRATEGY = `mutation ($input: UpdateStrategyInput!) { updateStrategy(input: $input) {
  id name description startYear endYear fields { id } } }`;
const UPDATE_FIELD = `mutation ($input: UpdateFieldOfActionInput!) { updateFieldOfAction(input: $input) {
  id name description strategy { id } projects { totalCount } } }`;
const CREATE_DEPARTMENT =
  'mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id code name } }';

interface StrategyView {
  id: string;
  name: string;
  description: string | null;
  startYear: number;
  endYear: number;
  fields: {
    id: string;
    name: string;
    description: string | null;
    strategy: { id: string };
    projects: { totalCount: number };
  }[];
}

describe('strategies and fields of action', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function strategies(): Promise<StrategyView[]> {
    return (
      await api.ok<{ strategies: StrategyView[] }>(
        EMAIL.viewer,
        '{ strategies { id name description startYear endYear fields { id name description strategy { id } projects { totalCount } } } }',
      )
    ).strategies;
  }

  it('shows the demo strategy digiTal2023 with its fields of action and how many projects each holds', async () => {
    const [strategy, ...others] = await strategies();
    expect(others).toEqual([]);
    const demo = DEMO_PORTFOLIO.strategy;
    expect(strategy).toMatchObject({
      name: demo.name,
      description: demo.description,
      startYear: demo.startYear,
      endYear: demo.endYear,
    });
    expect(
      strategy.fields
        .map((field) => ({
          name: field.name,
          description: field.description,
          strategy: field.strategy.id,
          projects: field.projects.totalCount,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(
      DEMO_PORTFOLIO.fields
        .map((field) => ({
          name: field.name,
          description: field.description,
          strategy: strategy.id,
          projects: DEMO_PROJECTS.filter((project) => project.field === field.key).length,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  describe('createStrategy', () => {
    it('creates a strategy without fields, for PORTFOLIO_MANAGER and ADMIN', async () => {
      const created = dataOf(
        await api.as<{ createStrategy: StrategyView }>(EMAIL.portfolio, CREATE_STRATEGY, {
          input: { name: 'digiTal2030', description: 'Die Fortschreibung.', startYear: 2024, endYear: 2030 },
        }),
      ).createStrategy;
      expect(created).toMatchObject({
        name: 'digiTal2030',
        description: 'Die Fortschreibung.',
        startYear: 2024,
        endYear: 2030,
        fields: [],
      });
      expect((await strategies()).map((strategy) => strategy.name).sort()).toEqual(['digiTal2023', 'digiTal2030']);
      const byAdmin = await api.as(EMAIL.admin, CREATE_STRATEGY, {
        input: { name: 'Smart City', startYear: 2025, endYear: 2035 },
      });
      expect(byAdmin.errors).toBeUndefined();
    });

    it('refuses an empty name and writes nothing', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_STRATEGY, { input: { name: '', startYear: 2024, endYear: 2030 } }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.name']);
    });

    it('refuses an end year before the start year and writes nothing', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_STRATEGY, { input: { name: 'Rückwärts', startYear: 2030, endYear: 2024 } }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.endYear']);
    });

    it.each([EMAIL.lead, EMAIL.viewer])('refuses %s with FORBIDDEN and writes nothing', async (email) => {
      const body = await refused(t, () =>
        api.as(email, CREATE_STRATEGY, { input: { name: 'Eigenmächtig', startYear: 2024, endYear: 2030 } }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('createFieldOfAction', () => {
    it('adds a field of action to a strategy, where projects can then be filed', async () => {
      const refs = await api.refs();
      const field = dataOf(
        await api.as<{ createFieldOfAction: { id: string; name: string; strategy: { id: string } } }>(
          EMAIL.portfolio,
          CREATE_FIELD,
          { input: { strategyId: refs.strategyId, name: 'Smart Region', description: 'Mit den Nachbarstädten.' } },
        ),
      ).createFieldOfAction;
      expect(field).toMatchObject({
        name: 'Smart Region',
        description: 'Mit den Nachbarstädten.',
        strategy: { id: refs.strategyId, name: 'digiTal2023' },
        projects: { totalCount: 0 },
      });
      const project = await api.makeProject({ fieldId: field.id });
      expect(project.field).toEqual({ id: field.id, name: 'Smart Region' });
      const strategy = (await strategies()).find((candidate) => candidate.id === refs.strategyId)!;
      expect(strategy.fields.find((candidate) => candidate.id === field.id)?.projects.totalCount).toBe(1);
    });

    it('refuses an empty name and an unknown strategy, writing nothing', async () => {
      const refs = await api.refs();
      const emptyName = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_FIELD, { input: { strategyId: refs.strategyId, name: '' } }),
      );
      expect(errorCode(emptyName)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(emptyName)).toEqual(['input.name']);
      const unknown = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_FIELD, { input: { strategyId: MISSING_ID, name: 'Ins Leere' } }),
      );
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(unknown)).toEqual(['input.strategyId']);
    });

    it.each([EMAIL.lead, EMAIL.viewer])('refuses %s with FORBIDDEN', async (email) => {
      const refs = await api.refs();
      const body = await refused(t, () =>
        api.as(email, CREATE_FIELD, { input: { strategyId: refs.strategyId, name: 'Eigenmächtig' } }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('updateStrategy', () => {
    async function makeStrategy(name: string): Promise<StrategyView> {
      return dataOf(
        await api.as<{ createStrategy: StrategyView }>(EMAIL.portfolio, CREATE_STRATEGY, {
          input: { name, description: 'Entwurf', startYear: 2025, endYear: 2030 },
        }),
      ).createStrategy;
    }

    async function historyOf(id: string) {
      const table = await auditTable(t);
      return (await t.database.dataSource.query(
        `SELECT action, changes FROM "${table}" WHERE entity_id::text = $1 ORDER BY at, action`,
        [id],
      )) as { action: string; changes: { field: string; from: string | null; to: string | null }[] }[];
    }

    it('renames, describes and re-dates a strategy, recording what changed', async () => {
      const strategy = await makeStrategy('Digitalstrategie 2030');
      const updated = dataOf(
        await api.as<{ updateStrategy: StrategyView }>(EMAIL.portfolio, UPDATE_STRATEGY, {
          input: {
            id: strategy.id,
            name: 'digiTal2032',
            description: 'Vom Rat beschlossen.',
            startYear: 2025,
            endYear: 2032,
          },
        }),
      ).updateStrategy;
      expect(updated).toMatchObject({ name: 'digiTal2032', description: 'Vom Rat beschlossen.', endYear: 2032 });
      expect((await strategies()).find((one) => one.id === strategy.id)?.name).toBe('digiTal2032');
      const [, update] = await historyOf(strategy.id);
      expect(update.action).toBe('strategy.updated');
      expect(update.changes.map((change) => [change.field, change.from, change.to])).toEqual([
        ['name', 'Digitalstrategie 2030', 'digiTal2032'],
        ['description', 'Entwurf', 'Vom Rat beschlossen.'],
        ['endYear', '2030', '2032'],
      ]);
    });

    it('lets ADMIN clear the description', async () => {
      const strategy = await makeStrategy('Ohne Beschreibung');
      const updated = dataOf(
        await api.as<{ updateStrategy: StrategyView }>(EMAIL.admin, UPDATE_STRATEGY, {
          input: { id: strategy.id, name: 'Ohne Beschreibung', startYear: 2025, endYear: 2030 },
        }),
      ).updateStrategy;
      expect(updated.description).toBeNull();
    });

    it('refuses an empty name, a taken name, an end before the start and an unknown id, naming each field and writing nothing', async () => {
      const strategy = await makeStrategy('Prüfstrategie');
      const base = { id: strategy.id, name: 'Prüfstrategie', startYear: 2025, endYear: 2030 };
      const cases: [Record<string, unknown>, string[]][] = [
        [{ ...base, name: '  ' }, ['input.name']],
        [{ ...base, name: 'digiTal2023' }, ['input.name']],
        [{ ...base, startYear: 2031 }, ['input.endYear']],
        [{ ...base, startYear: 1800, endYear: 2200 }, ['input.endYear', 'input.startYear']],
        [{ ...base, id: MISSING_ID }, ['input.id']],
        [{ ...base, id: 'kein-uuid' }, ['input.id']],
      ];
      for (const [input, paths] of cases) {
        const body = await refused(t, () => api.as(EMAIL.portfolio, UPDATE_STRATEGY, { input }));
        expect([JSON.stringify(input), errorCode(body)]).toEqual([JSON.stringify(input), 'BAD_USER_INPUT']);
        expect(faultyPaths(body)).toEqual(paths);
      }
    });

    it.each([EMAIL.lead, EMAIL.viewer])('refuses %s with FORBIDDEN and writes nothing', async (email) => {
      const strategy = (await strategies()).find((one) => one.name === 'digiTal2023')!;
      const body = await refused(t, () =>
        api.as(email, UPDATE_STRATEGY, {
          input: { id: strategy.id, name: 'Umbenannt', startYear: 2020, endYear: 2030 },
        }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('updateFieldOfAction', () => {
    it('renames and describes a field of action, which keeps its strategy and projects, recording what changed', async () => {
      const refs = await api.refs();
      const field = dataOf(
        await api.as<{ createFieldOfAction: { id: string } }>(EMAIL.portfolio, CREATE_FIELD, {
          input: { strategyId: refs.strategyId, name: 'Smart Kiez' },
        }),
      ).createFieldOfAction;
      await api.makeProject({ fieldId: field.id });
      const updated = dataOf(
        await api.as<{ updateFieldOfAction: StrategyView['fields'][number] }>(EMAIL.portfolio, UPDATE_FIELD, {
          input: { id: field.id, name: 'Smart Quartier', description: 'Quartiere vernetzen.' },
        }),
      ).updateFieldOfAction;
      expect(updated).toMatchObject({
        name: 'Smart Quartier',
        description: 'Quartiere vernetzen.',
        strategy: { id: refs.strategyId },
        projects: { totalCount: 1 },
      });
      const table = await auditTable(t);
      const rows: { action: string; changes: { field: string; to: string | null }[] }[] =
        await t.database.dataSource.query(
          `SELECT action, changes FROM "${table}" WHERE entity_id::text = $1 AND action = 'field.updated'`,
          [field.id],
        );
      expect(rows.map((row) => row.changes.map((change) => `${change.field}=${change.to}`))).toEqual([
        ['name=Smart Quartier', 'description=Quartiere vernetzen.'],
      ]);
    });

    it('refuses the name of another field of the same strategy, an empty name and an unknown id, writing nothing', async () => {
      const strategy = (await strategies()).find((one) => one.name === 'digiTal2023')!;
      const [first, second] = strategy.fields;
      for (const [input, path] of [
        [{ id: first.id, name: second.name }, 'input.name'],
        [{ id: first.id, name: '' }, 'input.name'],
        [{ id: MISSING_ID, name: 'Nirgends' }, 'input.id'],
      ] as const) {
        const body = await refused(t, () => api.as(EMAIL.portfolio, UPDATE_FIELD, { input }));
        expect(errorCode(body)).toBe('BAD_USER_INPUT');
        expect(faultyPaths(body)).toEqual([path]);
      }
    });

    it.each([EMAIL.lead, EMAIL.viewer])('refuses %s with FORBIDDEN', async (email) => {
      const strategy = (await strategies()).find((one) => one.name === 'digiTal2023')!;
      const body = await refused(t, () =>
        api.as(email, UPDATE_FIELD, { input: { id: strategy.fields[0].id, name: 'Eigenmächtig' } }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('departments and people', () => {
    it('lists the demo departments', async () => {
      const data = await api.ok<{ departments: { code: string; name: string }[] }>(
        EMAIL.viewer,
        '{ departments { code name } }',
      );
      expect(data.departments.map((department) => department.code).sort()).toEqual(
        DEMO_PORTFOLIO.departments.map((department) => department.code).sort(),
      );
    });

    it('lets ADMIN create a department and refuses a portfolio manager', async () => {
      const created = dataOf(
        await api.as<{ createDepartment: { code: string; name: string } }>(EMAIL.admin, CREATE_DEPARTMENT, {
          input: { code: 'Amt 105', name: 'Bauordnungsamt' },
        }),
      ).createDepartment;
      expect(created).toMatchObject({ code: 'Amt 105', name: 'Bauordnungsamt' });
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_DEPARTMENT, { input: { code: 'Amt 106', name: 'Nicht erlaubt' } }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });

    it('finds people by name and shows the projects they lead', async () => {
      const data = await api.ok<{
        people: { email: string; role: string; department: { code: string } | null; ledProjects: { code: string }[] }[];
      }>(EMAIL.viewer, '{ people(search: "ebert") { email role department { code } ledProjects { code } } }');
      expect(data.people).toHaveLength(1);
      expect(data.people[0]).toMatchObject({
        email: EMAIL.lead,
        role: 'PROJECT_LEAD',
        department: { code: 'Amt 103' },
      });
      expect(data.people[0].ledProjects.map((project) => project.code).sort()).toEqual(
        DEMO_PROJECTS.filter((project) => project.lead === 'lead')
          .map((project) => project.code)
          .sort(),
      );
    });

    it('shows no led projects for a person who leads none', async () => {
      const data = await api.ok<{ me: { ledProjects: unknown[] } }>(EMAIL.viewer, '{ me { ledProjects { code } } }');
      expect(data.me.ledProjects).toEqual([]);
    });
  });
});
