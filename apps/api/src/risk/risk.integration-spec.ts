import { errorCode } from '../../test/graphql-client';
import {
  CREATE_RISK,
  dataOf,
  DEMO_PROJECTS,
  demoEmail,
  EMAIL,
  faultyPaths,
  MISSING_ID,
  Portfolio,
  RISK_FIELDS,
  RiskView,
  refused,
  UPDATE_RISK,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Risks: the demo's risks, new risks, and changes to them with versions. */
describe('risks', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function update(input: Record<string, unknown>, email: string = EMAIL.portfolio) {
    return api.as<{ updateRisk: RiskView }>(email, UPDATE_RISK, { input });
  }

  it.each(DEMO_PROJECTS.map((project) => project.code))('shows the risks of %s', async (code) => {
    const demo = DEMO_PROJECTS.find((project) => project.code === code)!;
    const data = await api.ok<{ project: { risks: RiskView[] } }>(
      EMAIL.viewer,
      `query ($code: String) { project(code: $code) { risks { ${RISK_FIELDS} } } }`,
      { code },
    );
    const shown = data.project.risks
      .map(({ title, description, probability, impact, status, mitigation, owner, version }) => ({
        title,
        description,
        probability,
        impact,
        status,
        mitigation,
        owner: owner?.email ?? null,
        version,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
    const expected = demo.risks
      .map((risk) => ({
        title: risk.title,
        description: risk.description ?? null,
        probability: risk.probability,
        impact: risk.impact,
        status: risk.status,
        mitigation: risk.mitigation ?? null,
        owner: risk.owner ? demoEmail(risk.owner) : null,
        version: expect.any(Number) as unknown as number,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
    expect(shown).toEqual(expected);
  });

  describe('createRisk', () => {
    it('creates an open risk at version 1', async () => {
      const project = await api.makeProject();
      const risk = await api.makeRisk(project.id, {
        title: 'Fachkräftemangel',
        description: 'Stellen bleiben unbesetzt.',
        probability: 'HIGH',
        impact: 'MEDIUM',
        mitigation: 'Ausbildung.',
        ownerId: await api.personId(EMAIL.lead),
      });
      expect(risk).toMatchObject({
        title: 'Fachkräftemangel',
        description: 'Stellen bleiben unbesetzt.',
        probability: 'HIGH',
        impact: 'MEDIUM',
        status: 'OPEN',
        mitigation: 'Ausbildung.',
        owner: { email: EMAIL.lead },
        version: 1,
        project: { id: project.id },
      });
    });

    it('refuses an empty title and writes nothing', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_RISK, {
          input: { projectId: project.id, title: '', probability: 'LOW', impact: 'LOW' },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.title']);
    });

    it('names an unknown project and an unknown owner, and writes nothing', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_RISK, {
          input: { projectId: MISSING_ID, title: 'Ins Leere', probability: 'LOW', impact: 'LOW', ownerId: MISSING_ID },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.ownerId', 'input.projectId']);
    });

    it('refuses a level that does not exist', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_RISK, {
          input: { projectId: project.id, title: 'X', probability: 'EXTREME', impact: 'LOW' },
        }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.probability']);
    });
  });

  describe('updateRisk', () => {
    it('changes the fields given and moves the version on', async () => {
      const project = await api.makeProject();
      const risk = await api.makeRisk(project.id, { mitigation: 'Zweiter Lieferant.' });
      const changed = dataOf(
        await update({
          id: risk.id,
          expectedVersion: 1,
          status: 'MITIGATED',
          impact: 'LOW',
          description: 'Abgefedert.',
        }),
      ).updateRisk;
      expect(changed).toEqual({
        ...risk,
        status: 'MITIGATED',
        impact: 'LOW',
        description: 'Abgefedert.',
        version: 2,
      });
      const closed = dataOf(
        await update({ id: risk.id, expectedVersion: 2, status: 'CLOSED', mitigation: null }),
      ).updateRisk;
      expect(closed).toMatchObject({ status: 'CLOSED', mitigation: null, version: 3 });
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const project = await api.makeProject();
      const risk = await api.makeRisk(project.id);
      dataOf(await update({ id: risk.id, expectedVersion: 1, status: 'MITIGATED' }));
      const body = await refused(t, () => update({ id: risk.id, expectedVersion: 1, status: 'CLOSED' }));
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    });

    it('answers NOT_FOUND for an unknown risk, BAD_USER_INPUT for an empty title and an unknown owner', async () => {
      expect(errorCode(await refused(t, () => update({ id: MISSING_ID, expectedVersion: 1, title: 'X' })))).toBe(
        'NOT_FOUND',
      );
      const project = await api.makeProject();
      const risk = await api.makeRisk(project.id);
      const emptyTitle = await refused(t, () => update({ id: risk.id, expectedVersion: 1, title: '' }));
      expect(errorCode(emptyTitle)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(emptyTitle)).toEqual(['input.title']);
      const unknownOwner = await refused(t, () => update({ id: risk.id, expectedVersion: 1, ownerId: MISSING_ID }));
      expect(errorCode(unknownOwner)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(unknownOwner)).toEqual(['input.ownerId']);
    });
  });

  describe('who may change risks', () => {
    it('lets a lead create and change risks of a project they lead', async () => {
      const project = await api.makeLeadProject();
      const risk = await api.makeRisk(project.id, {}, EMAIL.lead);
      expect(
        dataOf(await update({ id: risk.id, expectedVersion: 1, status: 'CLOSED' }, EMAIL.lead)).updateRisk.status,
      ).toBe('CLOSED');
    });

    it('refuses a lead elsewhere and a viewer with FORBIDDEN, writing nothing', async () => {
      const project = await api.makeProject();
      const risk = await api.makeRisk(project.id);
      const create = { input: { projectId: project.id, title: 'Fremd', probability: 'LOW', impact: 'LOW' } };
      expect(errorCode(await refused(t, () => api.as(EMAIL.lead, CREATE_RISK, create)))).toBe('FORBIDDEN');
      expect(
        errorCode(await refused(t, () => update({ id: risk.id, expectedVersion: 1, status: 'CLOSED' }, EMAIL.lead))),
      ).toBe('FORBIDDEN');
      expect(errorCode(await refused(t, () => api.as(EMAIL.viewer, CREATE_RISK, create)))).toBe('FORBIDDEN');
      expect(
        errorCode(await refused(t, () => update({ id: risk.id, expectedVersion: 1, status: 'CLOSED' }, EMAIL.viewer))),
      ).toBe('FORBIDDEN');
    });
  });
});
