import { errorCode } from '../../test/graphql-client';
import {
  addDays,
  CREATE_KPI,
  dataOf,
  DEMO_PROJECTS,
  demoDate,
  EMAIL,
  faultyPaths,
  KPI_FIELDS,
  KpiView,
  MISSING_ID,
  Portfolio,
  RECORD_MEASUREMENT,
  refused,
  today,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Key figures: the demo's figures from the press release, new figures and their dated measurements. */
describe('key figures', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function record(input: Record<string, unknown>, email: string = EMAIL.portfolio) {
    return api.as<{ recordKpiMeasurement: KpiView }>(email, RECORD_MEASUREMENT, { input });
  }

  async function kpisOf(projectId: string): Promise<KpiView[]> {
    return (
      await api.ok<{ project: { kpis: KpiView[] } }>(
        EMAIL.viewer,
        `query ($id: ID) { project(id: $id) { kpis { ${KPI_FIELDS} } } }`,
        { id: projectId },
      )
    ).project.kpis;
  }

  it.each(DEMO_PROJECTS.map((project) => project.code))(
    'shows the key figures of %s with their measurements by date and the latest',
    async (code) => {
      const demo = DEMO_PROJECTS.find((project) => project.code === code)!;
      const project = await api.project(code);
      const kpis = await kpisOf(project.id);
      const shown = kpis
        .map(({ name, unit, baseline, target, latest, measurements }) => ({
          name,
          unit,
          baseline,
          target,
          latest,
          measurements,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const expected = demo.kpis
        .map((kpi) => {
          const measurements = kpi.measurements.map((measurement) => ({
            date: demoDate(-measurement.daysAgo),
            value: measurement.value,
            note: measurement.note ?? null,
          }));
          return {
            name: kpi.name,
            unit: kpi.unit,
            baseline: kpi.baseline ?? null,
            target: kpi.target ?? null,
            latest: measurements[measurements.length - 1],
            measurements,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(shown).toEqual(expected);
    },
  );

  it('shows the figures of the press release: 5,000 downloads of MIA', async () => {
    const kpis = await kpisOf((await api.project('DIG-003')).id);
    const downloads = kpis.find((kpi) => kpi.unit === 'Downloads');
    expect(downloads?.measurements.map((measurement) => measurement.value)).toContain(5000);
  });

  describe('createKpi', () => {
    it('creates a key figure without measurements', async () => {
      const project = await api.makeProject();
      const kpi = await api.makeKpi(project.id, {
        name: 'Online-Anträge',
        unit: 'Anträge/Monat',
        baseline: 12.5,
        target: 400,
      });
      expect(kpi).toMatchObject({
        name: 'Online-Anträge',
        unit: 'Anträge/Monat',
        baseline: 12.5,
        target: 400,
        latest: null,
        measurements: [],
        project: { id: project.id },
      });
      expect((await kpisOf(project.id)).map((shown) => shown.id)).toEqual([kpi.id]);
    });

    it('leaves baseline and target empty where they are not given', async () => {
      const project = await api.makeProject();
      const kpi = dataOf(
        await api.as<{ createKpi: KpiView }>(EMAIL.portfolio, CREATE_KPI, {
          input: { projectId: project.id, name: 'Offen', unit: 'Stück' },
        }),
      ).createKpi;
      expect(kpi).toMatchObject({ baseline: null, target: null });
    });

    it('names every faulty field (empty name and unit) and writes nothing', async () => {
      const project = await api.makeProject();
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_KPI, { input: { projectId: project.id, name: '', unit: '' } }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.name', 'input.unit']);
    });

    it('refuses an unknown project at input.projectId and writes nothing', async () => {
      const body = await refused(t, () =>
        api.as(EMAIL.portfolio, CREATE_KPI, { input: { projectId: MISSING_ID, name: 'Ins Leere', unit: 'Stück' } }),
      );
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.projectId']);
    });

    it('refuses a lead on a project they neither lead nor belong to, and a viewer', async () => {
      const project = await api.makeProject();
      const input = { projectId: project.id, name: 'Fremd', unit: 'Stück' };
      expect(errorCode(await refused(t, () => api.as(EMAIL.lead, CREATE_KPI, { input })))).toBe('FORBIDDEN');
      expect(errorCode(await refused(t, () => api.as(EMAIL.viewer, CREATE_KPI, { input })))).toBe('FORBIDDEN');
    });

    it('lets a lead add key figures to a project they lead', async () => {
      const project = await api.makeLeadProject();
      expect((await api.makeKpi(project.id, {}, EMAIL.lead)).project.id).toBe(project.id);
    });
  });

  describe('recordKpiMeasurement', () => {
    it('records dated measurements, keeps them in date order and shows the newest by date as latest', async () => {
      const project = await api.makeProject();
      const kpi = await api.makeKpi(project.id);
      dataOf(await record({ kpiId: kpi.id, date: addDays(today(), -10), value: 40, note: 'Zwischenstand' }));
      const afterOlder = dataOf(
        await record({ kpiId: kpi.id, date: addDays(today(), -30), value: 10 }),
      ).recordKpiMeasurement;
      expect(afterOlder.measurements).toEqual([
        { date: addDays(today(), -30), value: 10, note: null },
        { date: addDays(today(), -10), value: 40, note: 'Zwischenstand' },
      ]);
      expect(afterOlder.latest).toEqual({ date: addDays(today(), -10), value: 40, note: 'Zwischenstand' });
      const afterNewest = dataOf(await record({ kpiId: kpi.id, date: today(), value: 55.5 })).recordKpiMeasurement;
      expect(afterNewest.latest).toEqual({ date: today(), value: 55.5, note: null });
      expect(afterNewest.measurements.map((measurement) => measurement.date)).toEqual([
        addDays(today(), -30),
        addDays(today(), -10),
        today(),
      ]);
    });

    it('refuses an unknown key figure at input.kpiId, writing nothing', async () => {
      const body = await refused(t, () => record({ kpiId: MISSING_ID, date: today(), value: 1 }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.kpiId']);
    });

    it('refuses a date that is not a date at input.date, writing nothing', async () => {
      const project = await api.makeProject();
      const kpi = await api.makeKpi(project.id);
      const body = await refused(t, () => record({ kpiId: kpi.id, date: '2026-04-31', value: 1 }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(faultyPaths(body)).toEqual(['input.date']);
    });

    it('refuses a correction of a value that someone else changed meanwhile, with CONFLICT, changing nothing', async () => {
      const project = await api.makeProject();
      const kpi = await api.makeKpi(project.id);
      const day = addDays(today(), -3);
      // Two people open the form on an empty day; the first records, the second's value would overwrite it.
      dataOf(await record({ kpiId: kpi.id, date: day, value: 40, replaces: null }));
      const late = await refused(t, () => record({ kpiId: kpi.id, date: day, value: 45, replaces: null }));
      expect(errorCode(late)).toBe('CONFLICT');
      expect(late.errors?.[0].extensions?.currentValue).toBe(40);
      // Both see 40; the first corrects it to 42, the second's correction to 41 is refused.
      dataOf(await record({ kpiId: kpi.id, date: day, value: 42, replaces: 40 }));
      expect(errorCode(await refused(t, () => record({ kpiId: kpi.id, date: day, value: 41, replaces: 40 })))).toBe(
        'CONFLICT',
      );
      // Who saw 42 corrects it; a caller that names nothing it saw records as before.
      dataOf(await record({ kpiId: kpi.id, date: day, value: 43, replaces: 42 }));
      dataOf(await record({ kpiId: kpi.id, date: day, value: 44 }));
      expect((await kpisOf(project.id))[0].measurements).toEqual([{ date: day, value: 44, note: null }]);
    });

    it('lets one of two corrections sent at once of the value both saw through, and refuses the other', async () => {
      const project = await api.makeProject();
      const kpi = await api.makeKpi(project.id);
      dataOf(await record({ kpiId: kpi.id, date: today(), value: 10 }));
      const answers = await Promise.all(
        [11, 12].map((value) => record({ kpiId: kpi.id, date: today(), value, replaces: 10 })),
      );
      const codes = answers.map((body) => (body.errors ? errorCode(body) : 'OK')).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const won = answers.findIndex((body) => !body.errors);
      expect((await kpisOf(project.id))[0].latest?.value).toBe([11, 12][won]);
    });

    it('lets a lead record on a project they lead, and refuses one elsewhere and a viewer', async () => {
      const own = await api.makeLeadProject();
      const ownKpi = await api.makeKpi(own.id);
      expect((await record({ kpiId: ownKpi.id, date: today(), value: 3 }, EMAIL.lead)).errors).toBeUndefined();
      const other = await api.makeProject();
      const otherKpi = await api.makeKpi(other.id);
      const input = { kpiId: otherKpi.id, date: today(), value: 3 };
      expect(errorCode(await refused(t, () => record(input, EMAIL.lead)))).toBe('FORBIDDEN');
      expect(errorCode(await refused(t, () => record(input, EMAIL.viewer)))).toBe('FORBIDDEN');
    });
  });
});
