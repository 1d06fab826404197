import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  CREATE_PROJECT,
  dataOf,
  EMAIL,
  faultyPaths,
  messageFor,
  MISSING_ID,
  Portfolio,
  ProjectView,
  SET_DEPENDENCIES,
  SET_MEMBERS,
  refused,
  today,
  UPDATE_PROJECT,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Creating and changing projects: validation, versions, money, members, dependencies and who may do it. */
describe('writing projects', () => {
  let t: TestApp;
  let api: Portfolio;
  let apiToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
    const created = await api.ok<{ createApiToken: { token: string } }>(
      EMAIL.admin,
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Controlling" }) { token } }',
      { id: await api.personId(EMAIL.admin) },
    );
    apiToken = created.createApiToken.token;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Runs a write that must be refused and shows that it changed nothing. */
  function create(input: Record<string, unknown>, email: string = EMAIL.portfolio) {
    return api.as<{ createProject: ProjectView }>(email, CREATE_PROJECT, { input });
  }

  function update(input: Record<string, unknown>, email: string = EMAIL.portfolio) {
    return api.as<{ updateProject: ProjectView }>(email, UPDATE_PROJECT, { input });
  }

  describe('createProject', () => {
    it('creates a project with every field of the input, at version 1', async () => {
      const refs = await api.refs();
      const input = {
        code: 'NEU-001',
        title: 'Digitale Bauakte',
        summary: 'Bauanträge vollständig digital.',
        phase: 'PLANNED',
        tags: ['Bauen', 'OZG'],
        fieldId: refs.fields['Bürgerservices'],
        departmentId: refs.departments['Amt 103'],
        leadId: refs.people[EMAIL.lead],
        startDate: addDays(today(), 5),
        plannedEndDate: addDays(today(), 400),
        budgetPlanned: '1250000',
      };
      const project = dataOf(await create(input)).createProject;
      expect(project).toMatchObject({
        code: 'NEU-001',
        title: 'Digitale Bauakte',
        summary: 'Bauanträge vollständig digital.',
        phase: 'PLANNED',
        health: 'ON_TRACK',
        progress: 0,
        tags: ['Bauen', 'OZG'],
        field: { id: input.fieldId },
        department: { id: input.departmentId },
        lead: { email: EMAIL.lead },
        members: [],
        dependsOn: [],
        startDate: input.startDate,
        plannedEndDate: input.plannedEndDate,
        forecastEndDate: null,
        actualEndDate: null,
        budget: { planned: '1250000.00', spent: null, currency: 'EUR' },
        version: 1,
      });
      expect(project.id).toEqual(expect.any(String));
      expect(await api.project('NEU-001')).toEqual(project);
    });

    it('lets ADMIN create projects too', async () => {
      const body = await create({ code: api.nextCode(), title: 'Vom Admin angelegt' }, EMAIL.admin);
      expect(body.errors).toBeUndefined();
    });

    it.each([EMAIL.lead, EMAIL.viewer])('refuses %s with FORBIDDEN and writes nothing', async (email) => {
      const body = await refused(t, () => create({ code: api.nextCode(), title: 'Nicht erlaubt' }, email));
      expect(errorCode(body)).toBe('FORBIDDEN');
    });

    it('refuses a read-only API token with FORBIDDEN and writes nothing', async () => {
      const body = await refused(t, () =>
        t.graphql(CREATE_PROJECT, { input: { code: api.nextCode(), title: 'Nicht erlaubt' } }, { token: apiToken }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });

    it('names every faulty field at once (empty title, end before start, negative budget) and writes nothing', async () => {
      const body = await refused(t, () =>
        create({
          code: api.nextCode(),
          title: '',
          startDate: '2026-06-01',
          plannedEndDate: '2026-05-31',
          budgetPlanned: '-1.00',
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.budgetPlanned', 'input.plannedEndDate', 'input.title']);
      expect(messageFor(body, 'input.plannedEndDate')).toMatch(/before the start date/);
      expect(messageFor(body, 'input.budgetPlanned')).toMatch(/negative/);
    });

    it('refuses an empty code', async () => {
      const body = await refused(t, () => create({ code: '', title: 'Ohne Kennung' }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.code']);
    });

    it('refuses a code that another project has, naming input.code', async () => {
      const body = await refused(t, () => create({ code: 'DIG-001', title: 'Doppelt' }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.code']);
    });

    it('names faults of form and unknown ids in one answer: empty title and unknown field', async () => {
      const body = await refused(t, () => create({ code: api.nextCode(), title: '', fieldId: MISSING_ID }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.fieldId', 'input.title']);
    });

    it('refuses ids that name nothing: field, department and lead, all named', async () => {
      const body = await refused(t, () =>
        create({
          code: api.nextCode(),
          title: 'Ins Leere',
          fieldId: MISSING_ID,
          departmentId: MISSING_ID,
          leadId: MISSING_ID,
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.departmentId', 'input.fieldId', 'input.leadId']);
    });

    it.each(['2026-02-30', '31.03.2026', 'morgen'])('refuses the start date %p, which is not a date', async (date) => {
      const body = await refused(t, () => create({ code: api.nextCode(), title: 'Schiefes Datum', startDate: date }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.startDate']);
    });

    it('refuses a date written into the query that is not a date, with BAD_USER_INPUT', async () => {
      const body = await refused(t, () =>
        api.as(
          EMAIL.portfolio,
          `mutation { createProject(input: { code: "${api.nextCode()}", title: "Schiefes Datum", startDate: "2026-02-30" }) { id } }`,
        ),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
    });

    it.each(['12,50', '1.005', 'viel'])('refuses the amount %p, which is not a decimal with cents', async (amount) => {
      const body = await refused(t, () =>
        create({ code: api.nextCode(), title: 'Schiefer Betrag', budgetPlanned: amount }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.budgetPlanned']);
    });
  });

  describe('money', () => {
    it('keeps amounts exact to the cent and gives them back as strings with two decimals', async () => {
      const project = await api.makeProject({ budgetPlanned: '1234567890123.45' });
      expect(project.budget.planned).toBe('1234567890123.45');
      const changed = dataOf(
        await update({ id: project.id, expectedVersion: 1, budgetPlanned: '0.1', budgetSpent: '1234567890123.99' }),
      ).updateProject;
      expect(changed.budget).toEqual({ planned: '0.10', spent: '1234567890123.99', currency: 'EUR' });
    });

    it('stores money as numeric in the database', async () => {
      const columns: { column_name: string; data_type: string }[] = await t.database.dataSource.query(
        `SELECT column_name, data_type FROM information_schema.columns
          WHERE table_schema = current_schema() AND column_name LIKE 'budget%' ORDER BY column_name`,
      );
      expect(columns.length).toBeGreaterThanOrEqual(2);
      expect(columns.filter((column) => column.data_type !== 'numeric')).toEqual([]);
    });
  });

  describe('updateProject', () => {
    it('changes only the fields given, moves the version on and keeps the rest', async () => {
      const project = await api.makeProject({ summary: 'Erste Fassung', tags: ['Alt'] });
      const changed = dataOf(
        await update({
          id: project.id,
          expectedVersion: 1,
          title: 'Neuer Titel',
          tags: ['Neu', 'Zwei'],
          forecastEndDate: addDays(today(), 120),
          budgetSpent: '250.50',
        }),
      ).updateProject;
      expect(changed).toEqual({
        ...project,
        title: 'Neuer Titel',
        tags: ['Neu', 'Zwei'],
        forecastEndDate: addDays(today(), 120),
        budget: { ...project.budget, spent: '250.50' },
        version: 2,
        updatedAt: changed.updatedAt,
      });
      expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(project.updatedAt));
      expect(await api.projectById(project.id)).toEqual(changed);
    });

    it('clears a field that is set to null', async () => {
      const refs = await api.refs();
      const project = await api.makeProject({ summary: 'Wird gelöscht', departmentId: refs.departments['Amt 103'] });
      const changed = dataOf(
        await update({ id: project.id, expectedVersion: 1, summary: null, departmentId: null, budgetPlanned: null }),
      ).updateProject;
      expect(changed).toMatchObject({ summary: null, department: null, budget: { planned: null }, version: 2 });
    });

    it('refuses null for the title, which cannot be cleared', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () => update({ id: project.id, expectedVersion: 1, title: null }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.title']);
    });

    it('refuses a planned end before the stored start date', async () => {
      const project = await api.makeProject({ startDate: '2026-01-10', plannedEndDate: '2026-12-31' });
      const body = await refused(t, () => update({ id: project.id, expectedVersion: 1, plannedEndDate: '2026-01-09' }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.plannedEndDate']);
    });

    it('refuses negative amounts and an empty title, all named', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        update({ id: project.id, expectedVersion: 1, title: '', budgetPlanned: '-5.00', budgetSpent: '-0.01' }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.budgetPlanned', 'input.budgetSpent', 'input.title']);
      expect(messageFor(body, 'input.budgetSpent')).toMatch(/negative/);
    });

    it('refuses unknown field, department and lead, all named', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        update({
          id: project.id,
          expectedVersion: 1,
          fieldId: MISSING_ID,
          departmentId: MISSING_ID,
          leadId: MISSING_ID,
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.departmentId', 'input.fieldId', 'input.leadId']);
    });

    it('refuses a stale version with CONFLICT, telling the current one, and writes nothing', async () => {
      const project = await api.makeProject();
      dataOf(await update({ id: project.id, expectedVersion: 1, title: 'Zweite Fassung' }));
      const body = await refused(t, () => update({ id: project.id, expectedVersion: 1, title: 'Veraltet' }));
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await api.projectById(project.id)).title).toBe('Zweite Fassung');
    });

    it('answers NOT_FOUND for an id that names no project', async () => {
      const body = await refused(t, () => update({ id: MISSING_ID, expectedVersion: 1, title: 'Niemand' }));
      expect(errorCode(body)).toBe('NOT_FOUND');
    });
  });

  describe('the sponsor (Auftraggeber)', () => {
    const SPONSOR = '{ id sponsor { email } }';

    it('is set on create, changed and cleared on update, each change in the history with the ids', async () => {
      const refs = await api.refs();
      const created = dataOf(
        await api.as<{ createProject: { id: string; sponsor: { email: string } | null } }>(
          EMAIL.portfolio,
          `mutation ($input: CreateProjectInput!) { createProject(input: $input) ${SPONSOR} }`,
          { input: { code: api.nextCode(), title: 'Mit Auftraggeber', sponsorId: refs.people[EMAIL.admin] } },
        ),
      ).createProject;
      expect(created.sponsor).toEqual({ email: EMAIL.admin });

      const changed = dataOf(
        await api.as<{ updateProject: { sponsor: { email: string } | null } }>(
          EMAIL.portfolio,
          `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) ${SPONSOR} }`,
          { input: { id: created.id, expectedVersion: 1, sponsorId: refs.people[EMAIL.lead] } },
        ),
      ).updateProject;
      expect(changed.sponsor).toEqual({ email: EMAIL.lead });
      const cleared = dataOf(
        await api.as<{ updateProject: { sponsor: null } }>(
          EMAIL.portfolio,
          `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) ${SPONSOR} }`,
          { input: { id: created.id, expectedVersion: 2, sponsorId: null } },
        ),
      ).updateProject;
      expect(cleared.sponsor).toBeNull();

      const changes = (await api.history(created.id)).flatMap((event) =>
        event.changes.filter((change) => change.field === 'sponsorId').map((change) => [change.from, change.to]),
      );
      expect(changes).toEqual(
        expect.arrayContaining([
          [null, refs.people[EMAIL.admin]],
          [refs.people[EMAIL.admin], refs.people[EMAIL.lead]],
          [refs.people[EMAIL.lead], null],
        ]),
      );
      expect(changes).toHaveLength(3);
    });

    it('refuses an id that names no person, at input.sponsorId, and writes nothing', async () => {
      const body = await refused(t, () => create({ code: api.nextCode(), title: 'Ins Leere', sponsorId: MISSING_ID }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.sponsorId']);
    });

    it("comes with the project list in the list's own statement, as the lead does", async () => {
      const refs = await api.refs();
      const code = api.nextCode();
      await create({ code, title: 'Gelistet', sponsorId: refs.people[EMAIL.admin] });
      type Listed = { projects: { nodes: { code: string; sponsor: { email: string } | null }[] } };
      const query =
        'query ($search: String) { projects(filter: { search: $search }) { nodes { code sponsor { email } lead { email } } } }';
      await api.as<Listed>(EMAIL.viewer, query, { search: code }); // signs in first
      let list: Listed['projects']['nodes'] = [];
      const statements = await t.countStatements(async () => {
        list = dataOf(await api.as<Listed>(EMAIL.viewer, query, { search: code })).projects.nodes;
      });
      expect(list).toEqual([{ code, sponsor: { email: EMAIL.admin }, lead: null }]);
      // The session check, and the page with its relations.
      expect(statements).toBe(2);
    });
  });

  describe('who may change a project', () => {
    it('lets a project lead change a project they lead', async () => {
      const project = await api.makeLeadProject();
      const body = await update({ id: project.id, expectedVersion: 1, title: 'Von der Leitung' }, EMAIL.lead);
      expect(dataOf(body).updateProject).toMatchObject({ title: 'Von der Leitung', version: 2 });
    });

    it('lets a project lead change a project they belong to as a member', async () => {
      const project = await api.makeProject();
      const withMember = dataOf(
        await api.as<{ setProjectMembers: ProjectView }>(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [{ personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' }],
        }),
      ).setProjectMembers;
      const body = await update(
        { id: project.id, expectedVersion: withMember.version, title: 'Vom Mitglied' },
        EMAIL.lead,
      );
      expect(dataOf(body).updateProject.title).toBe('Vom Mitglied');
    });

    it('refuses a project lead elsewhere with FORBIDDEN and writes nothing', async () => {
      const other = await api.project('DIG-004');
      const body = await refused(t, () =>
        update({ id: other.id, expectedVersion: other.version, title: 'Fremdes Projekt' }, EMAIL.lead),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });

    it('refuses a viewer and a read-only API token with FORBIDDEN', async () => {
      const project = await api.makeProject();
      const input = { id: project.id, expectedVersion: 1, title: 'Nur lesen' };
      expect(errorCode(await refused(t, () => update(input, EMAIL.viewer)))).toBe('FORBIDDEN');
      expect(errorCode(await refused(t, () => t.graphql(UPDATE_PROJECT, { input }, { token: apiToken })))).toBe(
        'FORBIDDEN',
      );
    });

    it('lets PORTFOLIO_MANAGER and ADMIN change any project', async () => {
      const project = await api.project('DIG-010');
      const byManager = dataOf(
        await update({ id: project.id, expectedVersion: project.version, tags: ['Cloud', 'Geprüft'] }),
      ).updateProject;
      const byAdmin = dataOf(
        await update(
          { id: project.id, expectedVersion: byManager.version, summary: 'Vom Admin ergänzt.' },
          EMAIL.admin,
        ),
      ).updateProject;
      expect(byAdmin).toMatchObject({
        tags: ['Cloud', 'Geprüft'],
        summary: 'Vom Admin ergänzt.',
        version: project.version + 2,
      });
    });
  });

  describe('setProjectMembers', () => {
    it('replaces the members with the list given', async () => {
      const project = await api.makeProject();
      const set = (expectedVersion: number, members: { personId: string; role: string }[]) =>
        api.as<{ setProjectMembers: ProjectView }>(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion,
          members,
        });
      const first = dataOf(
        await set(1, [
          { personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' },
          { personId: await api.personId(EMAIL.viewer), role: 'Fachliche Beratung' },
        ]),
      ).setProjectMembers;
      expect(first.version).toBe(2);
      expect(first.members.map((member) => `${member.person.email}: ${member.role}`).sort()).toEqual([
        `${EMAIL.lead}: Teilprojektleitung`,
        `${EMAIL.viewer}: Fachliche Beratung`,
      ]);
      const second = dataOf(
        await set(2, [{ personId: await api.personId(EMAIL.admin), role: 'Technik' }]),
      ).setProjectMembers;
      expect(second.members).toEqual([{ person: { email: EMAIL.admin }, role: 'Technik' }]);
      expect(dataOf(await set(3, [])).setProjectMembers.members).toEqual([]);
    });

    it('names an empty role by its place in the list, and writes nothing', async () => {
      const project = await api.makeProject();
      const body = await refused(t, async () =>
        api.as(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [
            { personId: await api.personId(EMAIL.viewer), role: 'Beratung' },
            { personId: await api.personId(EMAIL.lead), role: '' },
          ],
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['members.1.role']);
    });

    it('names an unknown person by its place in the list, and writes nothing', async () => {
      const project = await api.makeProject();
      const body = await refused(t, async () =>
        api.as(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [
            { personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' },
            { personId: MISSING_ID, role: 'Niemand' },
          ],
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['members.1.personId']);
    });

    it('refuses a stale version with CONFLICT', async () => {
      const project = await api.makeProject();
      dataOf(await update({ id: project.id, expectedVersion: 1, title: 'Zweite Fassung' }));
      const body = await refused(t, async () =>
        api.as(EMAIL.portfolio, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [{ personId: await api.personId(EMAIL.lead), role: 'Teilprojektleitung' }],
        }),
      );
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });

    it('refuses a project lead on a project they neither lead nor belong to', async () => {
      const project = await api.makeProject();
      const body = await refused(t, async () =>
        api.as(EMAIL.lead, SET_MEMBERS, {
          projectId: project.id,
          expectedVersion: 1,
          members: [{ personId: await api.personId(EMAIL.lead), role: 'Selbst ernannt' }],
        }),
      );
      expect(errorCode(body)).toBe('FORBIDDEN');
    });
  });

  describe('setProjectDependencies', () => {
    function setDependencies(
      projectId: string,
      expectedVersion: number,
      dependsOn: string[],
      email: string = EMAIL.portfolio,
    ) {
      return api.as<{ setProjectDependencies: ProjectView }>(email, SET_DEPENDENCIES, {
        projectId,
        expectedVersion,
        dependsOn,
      });
    }

    it('replaces what a project depends on, and clears it with an empty list', async () => {
      const [a, b, c] = [await api.makeProject(), await api.makeProject(), await api.makeProject()];
      const set = dataOf(await setDependencies(c.id, 1, [a.id, b.id])).setProjectDependencies;
      expect(set.dependsOn.map((project) => project.code).sort()).toEqual([a.code, b.code].sort());
      expect(set.version).toBe(2);
      const cleared = dataOf(await setDependencies(c.id, 2, [])).setProjectDependencies;
      expect(cleared).toMatchObject({ dependsOn: [], version: 3 });
    });

    it('shows each prerequisite the projects that depend on it, by code, and forgets them when cleared', async () => {
      const [a, b, c] = [await api.makeProject(), await api.makeProject(), await api.makeProject()];
      dataOf(await setDependencies(b.id, 1, [a.id]));
      dataOf(await setDependencies(c.id, 1, [a.id, b.id]));
      const dependentsOf = async (id: string) =>
        dataOf(
          await api.as<{ node: { dependents: { code: string }[] } }>(
            EMAIL.viewer,
            'query ($id: ID!) { node(id: $id) { ... on Project { dependents { code } } } }',
            { id },
          ),
        ).node.dependents.map((project) => project.code);
      expect(await dependentsOf(a.id)).toEqual([b.code, c.code].sort());
      expect(await dependentsOf(b.id)).toEqual([c.code]);
      expect(await dependentsOf(c.id)).toEqual([]);
      dataOf(await setDependencies(c.id, 2, []));
      expect(await dependentsOf(a.id)).toEqual([b.code]);
      expect(await dependentsOf(b.id)).toEqual([]);
    });

    it('refuses a list that closes a cycle, at dependsOn, and writes nothing', async () => {
      const [a, b, c] = [await api.makeProject(), await api.makeProject(), await api.makeProject()];
      dataOf(await setDependencies(b.id, 1, [a.id]));
      dataOf(await setDependencies(c.id, 1, [b.id]));
      const body = await refused(t, () => setDependencies(a.id, 1, [c.id]));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['dependsOn']);
    });

    it('refuses a project that depends on itself', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () => setDependencies(project.id, 1, [project.id]));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['dependsOn']);
    });

    it('names an unknown project by its place in the list', async () => {
      const [a, b] = [await api.makeProject(), await api.makeProject()];
      const body = await refused(t, () => setDependencies(b.id, 1, [a.id, MISSING_ID]));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['dependsOn.1']);
    });

    it('refuses a stale version with CONFLICT and an unknown project with NOT_FOUND', async () => {
      const [a, b] = [await api.makeProject(), await api.makeProject()];
      dataOf(await update({ id: b.id, expectedVersion: 1, title: 'Zweite Fassung' }));
      const stale = await refused(t, () => setDependencies(b.id, 1, [a.id]));
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(errorCode(await refused(t, () => setDependencies(MISSING_ID, 1, [a.id])))).toBe('NOT_FOUND');
    });

    it('refuses a project lead on a project they neither lead nor belong to', async () => {
      const [a, b] = [await api.makeProject(), await api.makeProject()];
      expect(errorCode(await refused(t, () => setDependencies(b.id, 1, [a.id], EMAIL.lead)))).toBe('FORBIDDEN');
    });
  });

  describe('twenty writers with the same version', () => {
    it('lets exactly one win; the other nineteen get CONFLICT; one version step and one history entry', async () => {
      const project = await api.makeProject();
      const token = await api.token(EMAIL.portfolio);
      const bodies = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          t.graphql<{ updateProject: { title: string; version: number } }>(
            'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { title version } }',
            { input: { id: project.id, expectedVersion: 1, title: `Schreiber ${index}` } },
            { token },
          ),
        ),
      );
      const winners = bodies.filter((body) => body.data?.updateProject);
      const codes = bodies.filter((body) => !body.data?.updateProject).map((body) => errorCode(body));
      expect(winners).toHaveLength(1);
      expect(codes).toEqual(Array.from({ length: 19 }, () => 'CONFLICT'));

      const after = await api.projectById(project.id);
      expect(after.version).toBe(2);
      expect(after.title).toBe(winners[0].data?.updateProject.title);
      const updates = (await api.history(project.id)).filter((event) => event.action === 'project.updated');
      expect(updates).toHaveLength(1);
      expect(updates[0].changes).toEqual([{ field: 'title', from: project.title, to: after.title }]);
    });
  });
});
