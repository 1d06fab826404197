import { Health, ProjectPhase } from '@leitstand/shared-domain';
import { errorCode } from '../../test/graphql-client';
import {
  DEMO_PROJECTS,
  demoDate,
  demoDepartmentCode,
  demoEmail,
  demoFieldName,
  demoIsStale,
  demoLatest,
  demoProject,
  EMAIL,
  faultyPaths,
  HEALTH_RANK,
  MISSING_ID,
  Portfolio,
  PROJECT_FIELDS,
  ProjectView,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { DemoProject } from '../demo/demo-portfolio';

/** Reading projects: the demo portfolio as seeded, the connection, every filter and every order. Nothing here writes. */

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { code: string } }[];
  nodes: { code: string; title: string; health: Health; plannedEndDate: string | null; updatedAt: string }[];
}

const PROJECTS = `query ($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
  projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { code } }
    nodes { code title health plannedEndDate updatedAt }
  }
}`;

const ALL_CODES = DEMO_PROJECTS.map((project) => project.code).sort();

function codesWhere(predicate: (project: DemoProject) => boolean): string[] {
  return DEMO_PROJECTS.filter(predicate)
    .map((project) => project.code)
    .sort();
}

function matchesSearch(project: DemoProject, text: string): boolean {
  const needle = text.toLowerCase();
  return [project.code, project.title, project.summary, ...project.tags].some((value) =>
    value.toLowerCase().includes(needle),
  );
}

describe('reading projects', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function page(variables: Record<string, unknown>): Promise<Page> {
    return (await api.ok<{ projects: Page }>(EMAIL.viewer, PROJECTS, variables)).projects;
  }

  async function codes(filter: Record<string, unknown>): Promise<string[]> {
    const result = await page({ filter, first: 200 });
    expect(result.totalCount).toBe(result.nodes.length);
    return result.nodes.map((node) => node.code).sort();
  }

  /** Every node of a list, page by page, following the cursors. */
  async function walk(variables: Record<string, unknown>, size: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const result: Page = await page({ ...variables, first: size, after });
      seen.push(...result.nodes.map((node) => node.code));
      if (!result.pageInfo.hasNextPage) return seen;
      after = result.pageInfo.endCursor;
    }
    throw new Error('The list never ends: hasNextPage stayed true for 50 pages');
  }

  describe('the demo portfolio', () => {
    it('holds the 18 demo projects', async () => {
      expect(await codes({})).toEqual(ALL_CODES);
    });

    it.each(DEMO_PROJECTS.map((project) => project.code))('shows %s as seeded', async (code) => {
      const demo = demoProject(code);
      const latest = demoLatest(demo);
      const project = await api.project(code);
      expect(project).toMatchObject({
        code,
        title: demo.title,
        summary: demo.summary,
        phase: latest.phase,
        health: latest.health,
        progress: latest.progress,
        tags: demo.tags,
        startDate: demoDate(demo.startOffsetDays),
        plannedEndDate: demoDate(demo.plannedEndOffsetDays),
        forecastEndDate: demoDate(demo.forecastEndOffsetDays),
        actualEndDate: demoDate(demo.actualEndOffsetDays),
        budget: { planned: demo.budgetPlanned ?? null, spent: demo.budgetSpent ?? null, currency: 'EUR' },
        field: { name: demoFieldName(demo.field) },
        department: { code: demoDepartmentCode(demo.department) },
        lead: { email: demoEmail(demo.lead) },
      });
      expect(
        project.members.map((member) => ({ email: member.person.email, role: member.role })).sort(byEmail),
      ).toEqual(demo.members.map((member) => ({ email: demoEmail(member.person), role: member.role })).sort(byEmail));
      expect(project.dependsOn.map((dependency) => dependency.code).sort()).toEqual([...demo.dependsOn].sort());
    });

    it('finds a project by id and by code alike', async () => {
      const byCode = await api.project('DIG-005');
      const byId = await api.projectById(byCode.id);
      expect(byId).toEqual(byCode);
    });

    it('answers null for a code or an id that names no project', async () => {
      const body = await api.as<{ byCode: unknown; byId: unknown }>(
        EMAIL.viewer,
        'query ($id: ID) { byCode: project(code: "DIG-999") { id } byId: project(id: $id) { id } }',
        { id: MISSING_ID },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ byCode: null, byId: null });
    });

    it('shows the projects each person leads', async () => {
      const data = await api.ok<{ me: { ledProjects: { code: string }[] } }>(
        EMAIL.lead,
        '{ me { ledProjects { code } } }',
      );
      expect(data.me.ledProjects.map((project) => project.code).sort()).toEqual([
        'DIG-002',
        'DIG-003',
        'DIG-005',
        'DIG-009',
      ]);
    });

    it('lets every role read', async () => {
      for (const email of Object.values(EMAIL)) {
        const body = await api.as<{ projects: { totalCount: number } }>(email, '{ projects { totalCount } }');
        expect({ email, totalCount: body.data?.projects.totalCount }).toEqual({
          email,
          totalCount: DEMO_PROJECTS.length,
        });
      }
    });

    it('refuses anonymous callers', async () => {
      expect(errorCode(await t.graphql('{ projects { totalCount } }'))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.graphql('{ project(code: "DIG-001") { id } }'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the connection', () => {
    it('gives 50 at most when first is left out, with the total', async () => {
      const result = await page({});
      expect(result.totalCount).toBe(DEMO_PROJECTS.length);
      expect(result.nodes).toHaveLength(DEMO_PROJECTS.length);
      expect(result.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    });

    it('walks the list page by page with opaque cursors, each project once', async () => {
      const first = await page({ first: 5, orderBy: { field: 'CODE', direction: 'ASC' } });
      expect(first.nodes.map((node) => node.code)).toEqual(ALL_CODES.slice(0, 5));
      expect(first.totalCount).toBe(DEMO_PROJECTS.length);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);
      expect(first.pageInfo.endCursor).toBe(first.edges[4].cursor);
      expect(first.edges.map((edge) => edge.node.code)).toEqual(first.nodes.map((node) => node.code));

      const second = await page({
        first: 5,
        after: first.pageInfo.endCursor,
        orderBy: { field: 'CODE', direction: 'ASC' },
      });
      expect(second.nodes.map((node) => node.code)).toEqual(ALL_CODES.slice(5, 10));
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(second.totalCount).toBe(DEMO_PROJECTS.length);

      expect(await walk({ orderBy: { field: 'CODE', direction: 'ASC' } }, 5)).toEqual(ALL_CODES);
    });

    it('ends with hasNextPage false on the last page', async () => {
      const last = await page({ first: 18, orderBy: { field: 'CODE', direction: 'ASC' } });
      expect(last.pageInfo.hasNextPage).toBe(false);
      const beyond = await page({
        first: 5,
        after: last.pageInfo.endCursor,
        orderBy: { field: 'CODE', direction: 'ASC' },
      });
      expect(beyond.nodes).toEqual([]);
      expect(beyond.pageInfo.hasNextPage).toBe(false);
    });

    it('counts the whole list in totalCount even for an empty page (first: 0)', async () => {
      const result = await page({ first: 0 });
      expect(result.nodes).toEqual([]);
      expect(result.totalCount).toBe(DEMO_PROJECTS.length);
    });

    it('accepts first: 200', async () => {
      expect((await page({ first: 200 })).nodes).toHaveLength(DEMO_PROJECTS.length);
    });

    it.each([201, 1000, -1])('refuses first: %d with BAD_USER_INPUT at first', async (first) => {
      const body = await api.as(EMAIL.viewer, PROJECTS, { first });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['first']);
    });

    it('refuses a cursor that it did not give out, with BAD_USER_INPUT at after', async () => {
      const body = await api.as(EMAIL.viewer, PROJECTS, { first: 5, after: 'not-a-cursor' });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['after']);
    });
  });

  describe('filters', () => {
    it('searches code, title, summary and tags case-insensitively', async () => {
      for (const text of ['e-akte', 'DIG-01', 'videokonferenz', 'homeoffice', 'lorawan']) {
        const expected = codesWhere((project) => matchesSearch(project, text));
        expect({ text, codes: await codes({ search: text }) }).toEqual({ text, codes: expected });
      }
    });

    it('finds nothing for a search that nothing contains', async () => {
      expect(await codes({ search: 'kein-projekt-enthält-das' })).toEqual([]);
    });

    it('takes % and _ in a search literally', async () => {
      for (const text of ['%', '_', 'E%Akte']) {
        const expected = codesWhere((project) => matchesSearch(project, text));
        expect({ text, codes: await codes({ search: text }) }).toEqual({ text, codes: expected });
      }
    });

    it('filters by phase', async () => {
      expect(await codes({ phase: ['IN_PROGRESS'] })).toEqual(
        codesWhere((project) => demoLatest(project).phase === ProjectPhase.IN_PROGRESS),
      );
      expect(await codes({ phase: ['COMPLETED', 'ON_HOLD', 'IDEA'] })).toEqual(
        codesWhere((project) =>
          [ProjectPhase.COMPLETED, ProjectPhase.ON_HOLD, ProjectPhase.IDEA].includes(demoLatest(project).phase),
        ),
      );
    });

    it('filters by health', async () => {
      for (const health of [['ON_TRACK'], ['AT_RISK'], ['OFF_TRACK'], ['AT_RISK', 'OFF_TRACK']]) {
        expect({ health, codes: await codes({ health }) }).toEqual({
          health,
          codes: codesWhere((project) => health.includes(demoLatest(project).health)),
        });
      }
    });

    it('filters by strategy', async () => {
      const { strategyId } = await api.refs();
      expect(await codes({ strategyId })).toEqual(ALL_CODES);
      expect(await codes({ strategyId: MISSING_ID })).toEqual([]);
    });

    it('filters by field of action', async () => {
      const refs = await api.refs();
      const mobile = refs.fields[demoFieldName('mobil')];
      const citizens = refs.fields[demoFieldName('buerger')];
      expect(await codes({ fieldId: [mobile] })).toEqual(codesWhere((project) => project.field === 'mobil'));
      expect(await codes({ fieldId: [mobile, citizens] })).toEqual(
        codesWhere((project) => project.field === 'mobil' || project.field === 'buerger'),
      );
    });

    it('filters by department', async () => {
      const refs = await api.refs();
      expect(await codes({ departmentId: [refs.departments[demoDepartmentCode('it')]] })).toEqual(
        codesWhere((project) => project.department === 'it'),
      );
    });

    it('filters by lead', async () => {
      const refs = await api.refs();
      expect(await codes({ leadId: [refs.people[EMAIL.lead]] })).toEqual(['DIG-002', 'DIG-003', 'DIG-005', 'DIG-009']);
      expect(await codes({ leadId: [refs.people[EMAIL.lead], refs.people[demoEmail('hartung')]] })).toEqual(
        codesWhere((project) => project.lead === 'lead' || project.lead === 'hartung'),
      );
    });

    it('filters by tags, any of them', async () => {
      expect(await codes({ tags: ['Homeoffice', 'Cloud'] })).toEqual(
        codesWhere((project) => project.tags.includes('Homeoffice') || project.tags.includes('Cloud')),
      );
    });

    it('finds the stale projects: active, with no status update in the last N days', async () => {
      for (const days of [30, 15]) {
        const expected = codesWhere((project) => demoIsStale(project, days));
        expect(expected.length).toBeGreaterThan(0);
        expect({ days, codes: await codes({ staleForDays: days }) }).toEqual({ days, codes: expected });
      }
    });

    it('combines filters with AND', async () => {
      const refs = await api.refs();
      const filter = {
        phase: ['IN_PROGRESS'],
        health: ['AT_RISK', 'OFF_TRACK'],
        departmentId: [refs.departments[demoDepartmentCode('it')]],
      };
      const expected = codesWhere(
        (project) =>
          demoLatest(project).phase === ProjectPhase.IN_PROGRESS &&
          demoLatest(project).health !== Health.ON_TRACK &&
          project.department === 'it',
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(await codes(filter)).toEqual(expected);
    });

    it('counts the filtered projects in totalCount, not the page', async () => {
      const result = await page({ filter: { phase: ['IN_PROGRESS'] }, first: 2 });
      expect(result.nodes).toHaveLength(2);
      expect(result.totalCount).toBe(
        codesWhere((project) => demoLatest(project).phase === ProjectPhase.IN_PROGRESS).length,
      );
      expect(result.pageInfo.hasNextPage).toBe(true);
    });

    it('agrees with the fields of the projects it returns', async () => {
      const data = await api.ok<{ projects: { nodes: { code: string; health: Health; phase: ProjectPhase }[] } }>(
        EMAIL.viewer,
        '{ projects(filter: { health: [OFF_TRACK], phase: [IN_PROGRESS] }, first: 200) { nodes { code health phase } } }',
      );
      expect(data.projects.nodes.length).toBeGreaterThan(0);
      expect(data.projects.nodes.filter((node) => node.health !== 'OFF_TRACK' || node.phase !== 'IN_PROGRESS')).toEqual(
        [],
      );
    });
  });

  describe('orders', () => {
    async function ordered(field: string, direction: string): Promise<Page['nodes']> {
      return (await page({ orderBy: { field, direction }, first: 200 })).nodes;
    }

    it('orders by code both ways', async () => {
      expect((await ordered('CODE', 'ASC')).map((node) => node.code)).toEqual(ALL_CODES);
      expect((await ordered('CODE', 'DESC')).map((node) => node.code)).toEqual([...ALL_CODES].reverse());
    });

    it('orders by title both ways', async () => {
      const ascending = (await ordered('TITLE', 'ASC')).map((node) => node.title);
      const descending = (await ordered('TITLE', 'DESC')).map((node) => node.title);
      expect([...ascending].sort()).toEqual(DEMO_PROJECTS.map((project) => project.title).sort());
      expect(descending).toEqual([...ascending].reverse());
      // Whatever the collation, titles that start with different ASCII capitals come in alphabetical order.
      const initials = ascending.map((title) => title[0]).filter((initial) => /[A-Z]/.test(initial));
      expect(initials).toEqual([...initials].sort());
    });

    it('orders by planned end date both ways', async () => {
      const ascending = (await ordered('PLANNED_END_DATE', 'ASC')).map((node) => node.plannedEndDate ?? '');
      const descending = (await ordered('PLANNED_END_DATE', 'DESC')).map((node) => node.plannedEndDate ?? '');
      expect(ascending).toEqual([...ascending].sort());
      expect(descending).toEqual([...ascending].sort().reverse());
    });

    it('orders by health from ON_TRACK to OFF_TRACK, not by the name', async () => {
      const ascending = (await ordered('HEALTH', 'ASC')).map((node) => HEALTH_RANK[node.health]);
      const descending = (await ordered('HEALTH', 'DESC')).map((node) => HEALTH_RANK[node.health]);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(descending).toEqual([...ascending].sort((a, b) => b - a));
      expect(ascending[0]).toBe(0);
    });

    it('orders by the time of the last change both ways', async () => {
      const ascending = (await ordered('UPDATED_AT', 'ASC')).map((node) => Date.parse(node.updatedAt));
      const descending = (await ordered('UPDATED_AT', 'DESC')).map((node) => Date.parse(node.updatedAt));
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    });

    it.each(['HEALTH', 'PLANNED_END_DATE', 'UPDATED_AT'])(
      'pages through an order with ties (%s) without losing or repeating a project',
      async (field) => {
        const seen = await walk({ orderBy: { field, direction: 'ASC' } }, 4);
        expect([...seen].sort()).toEqual(ALL_CODES);
      },
    );

    it('orders the projects of a field of action and filters them there too', async () => {
      const refs = await api.refs();
      const data = await api.ok<{
        node: { projects: { totalCount: number; nodes: { code: string }[] } };
      }>(
        EMAIL.viewer,
        `query ($id: ID!) { node(id: $id) { ... on FieldOfAction {
          projects(orderBy: { field: CODE, direction: DESC }, filter: { phase: [IN_PROGRESS] }, first: 200) { totalCount nodes { code } } } } }`,
        { id: refs.fields[demoFieldName('mobil')] },
      );
      const expected = codesWhere(
        (project) => project.field === 'mobil' && demoLatest(project).phase === ProjectPhase.IN_PROGRESS,
      ).reverse();
      expect(data.node.projects.nodes.map((node) => node.code)).toEqual(expected);
      expect(data.node.projects.totalCount).toBe(expected.length);
    });
  });

  it('serves every field of a project in one query', async () => {
    const body = await api.as<{ project: ProjectView }>(
      EMAIL.viewer,
      `{ project(code: "DIG-002") { ${PROJECT_FIELDS}
        milestones { id } nextMilestone { id } latestStatus { id } statusUpdates { totalCount }
        kpis { id } risks { id } history(first: 1) { totalCount } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.project.code).toBe('DIG-002');
  });
});

function byEmail(a: { email: string }, b: { email: string }): number {
  return a.email.localeCompare(b.email);
}
