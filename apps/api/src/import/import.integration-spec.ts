import { ImportReport } from '@leitstand/shared-domain';
import { Workbook } from 'exceljs';
import type { Readable } from 'node:stream';
import type { Response } from 'supertest';
import { dataOf, EMAIL, snapshot, today } from '../../test/portfolio';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';

/**
 * The import of a portfolio from a spreadsheet: the export read back changes nothing, a file with
 * a new and a changed project says so and then does it (with the importer in the history), every
 * kind of bad input is refused at its row and column with nothing written, and only portfolio
 * managers and administrators may import.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as Readable;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

const PROJECT_HEADER = [
  'Kürzel',
  'Titel',
  'Phase',
  'Handlungsfeld',
  'Amt',
  'Projektleitung',
  'Geplantes Ende',
  'Budget geplant',
];

/** A workbook with these sheets, each a header and rows. */
async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing the portfolio', () => {
  let t: TestApp;
  let portfolio: string;
  let viewer: string;
  let apiToken: string;
  let field: string;
  let department: { code: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    portfolio = await t.login(EMAIL.portfolio);
    viewer = await t.login(EMAIL.viewer);
    const admin = await t.login(EMAIL.admin);
    const people = dataOf(
      await t.graphql<{ people: { id: string; email: string }[] }>('{ people { id email } }', {}, { token: admin }),
    ).people;
    apiToken = dataOf(
      await t.graphql<{ createApiToken: { token: string } }>(
        'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Controlling" }) { token } }',
        { id: people.find((person) => person.email === EMAIL.admin)!.id },
        { token: admin },
      ),
    ).createApiToken.token;
    const lists = dataOf(
      await t.graphql<{ strategies: { fields: { name: string }[] }[]; departments: { code: string; name: string }[] }>(
        '{ strategies { fields { name } } departments { code name } }',
        {},
        { token: viewer },
      ),
    );
    field = lists.strategies[0].fields[0].name;
    department = lists.departments[0];
  });
  afterAll(async () => {
    await t.close();
  });

  async function download(path: string): Promise<Buffer> {
    const response = await t.http.get(path).set('Authorization', `Bearer ${viewer}`).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    return response.body as Buffer;
  }

  async function send(
    body: Buffer | string,
    options: { type?: string; dryRun?: boolean; token?: string } = {},
  ): Promise<{ status: number; report: ImportReport }> {
    const response = await t.http
      .post(`/api/import/projects${options.dryRun === false ? '?dryRun=false' : ''}`)
      .set('Authorization', `Bearer ${options.token ?? portfolio}`)
      .set('Content-Type', options.type ?? XLSX)
      .send(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
    return { status: response.status, report: response.body as ImportReport };
  }

  async function project(code: string) {
    return dataOf(
      await t.graphql<{
        project: {
          title: string;
          phase: string;
          department: { code: string } | null;
          plannedEndDate: string | null;
          budget: { planned: string | null };
          field: { name: string } | null;
          lead: { email: string } | null;
          milestones: { title: string; plannedDate: string }[];
          kpis: { name: string; unit: string; measurements: { date: string; value: number }[] }[];
          history: { nodes: { action: string; actor: { email: string } | null }[] };
        } | null;
      }>(
        `query ($code: String!) { project(code: $code) {
          title phase department { code } plannedEndDate budget { planned } field { name } lead { email }
          milestones { title plannedDate } kpis { name unit measurements { date value } }
          history(first: 20) { nodes { action actor { email } } } } }`,
        { code },
        { token: viewer },
      ),
    ).project;
  }

  describe('the export read back', () => {
    it.each([
      ['projects.xlsx', XLSX],
      ['projects.csv', CSV],
      ['projects.csv?locale=en', CSV],
      ['projects.xlsx?locale=en', XLSX],
      ['milestones.xlsx?erledigte=ja', XLSX],
      ['milestones.csv?erledigte=ja', CSV],
      ['kpis.xlsx', XLSX],
      ['kpis.csv?locale=en', CSV],
    ])('changes nothing: %s', async (file, type) => {
      const exported = await download(`/api/export/${file}`);
      const before = await snapshot(t);
      const { status, report } = await send(exported, { type, dryRun: false });
      expect(report.errors).toEqual([]);
      expect(status).toBe(200);
      expect(report).toMatchObject({ dryRun: false, created: 0, updated: 0 });
      expect(report.unchanged).toBeGreaterThan(5);
      expect(report.rows.every((row) => row.action === 'unchanged' && row.changes.length === 0)).toBe(true);
      expect(await snapshot(t)).toEqual(before);
    });
  });

  describe('a new and a changed project', () => {
    it('says what it would do in the dry run, writes nothing, then does exactly that, naming the importer', async () => {
      const mia = (await project('DIG-003'))!;
      expect(mia.phase).toBe('IN_PROGRESS');
      const file = await workbook({
        Projekte: [
          PROJECT_HEADER,
          ['IMP-001', 'Digitale Bauakte', 'Geplant', field, department.code, EMAIL.lead, '31.03.2027', '1.250.000,00'],
          [
            'DIG-003',
            'Mitarbeiter-App MIA 2.0',
            'In Umsetzung',
            mia.field?.name,
            mia.department?.code,
            mia.lead?.email,
            mia.plannedEndDate,
            mia.budget.planned === null ? null : Number(mia.budget.planned),
          ],
        ],
        Meilensteine: [
          ['Kürzel', 'Meilenstein', 'Geplant (Basis)'],
          ['IMP-001', 'Ausschreibung veröffentlicht', new Date(Date.UTC(2027, 0, 15))],
        ],
        Kennzahlen: [
          ['Kürzel', 'Kennzahl', 'Einheit', 'Ziel', 'Datum', 'Wert'],
          ['IMP-001', 'Digitale Akten', 'Akten', '10.000', today(), 120],
        ],
      });
      const before = await snapshot(t);
      const dry = await send(file);
      expect(dry.status).toBe(200);
      expect(dry.report.errors).toEqual([]);
      expect(dry.report).toMatchObject({ dryRun: true, created: 3, updated: 1, unchanged: 0 });
      expect(dry.report.rows.map((row) => [row.sheet, row.row, row.key, row.action])).toEqual([
        ['projects', 2, 'IMP-001', 'create'],
        ['projects', 3, 'DIG-003', 'update'],
        ['milestones', 2, 'IMP-001 · Ausschreibung veröffentlicht', 'create'],
        ['kpis', 2, 'IMP-001 · Digitale Akten', 'create'],
      ]);
      const created = dry.report.rows[0].changes;
      expect(created).toContainEqual({ column: 'Geplantes Ende', from: null, to: '31.03.2027' });
      expect(created).toContainEqual({
        column: 'Budget geplant',
        from: null,
        to: expect.stringMatching(/^1\.250\.000,00\s€$/) as string,
      });
      expect(created).toContainEqual({ column: 'Phase', from: null, to: 'Geplant' });
      expect(dry.report.rows[1].changes).toEqual([
        { column: 'Titel', from: 'Mitarbeiter-App MIA', to: 'Mitarbeiter-App MIA 2.0' },
      ]);
      expect(await snapshot(t)).toEqual(before);

      const commit = await send(file, { dryRun: false });
      expect(commit.status).toBe(200);
      expect(commit.report).toMatchObject({ dryRun: false, created: 3, updated: 1, errors: [] });
      const made = (await project('IMP-001'))!;
      expect(made).toMatchObject({
        title: 'Digitale Bauakte',
        plannedEndDate: '2027-03-31',
        budget: { planned: '1250000.00' },
        field: { name: field },
        lead: { email: EMAIL.lead },
        milestones: [{ title: 'Ausschreibung veröffentlicht', plannedDate: '2027-01-15' }],
        kpis: [{ name: 'Digitale Akten', unit: 'Akten', measurements: [{ date: today(), value: 120 }] }],
      });
      expect(made.history.nodes.map((event) => [event.action, event.actor?.email])).toEqual(
        expect.arrayContaining([
          ['project.created', EMAIL.portfolio],
          ['milestone.created', EMAIL.portfolio],
          ['kpi.created', EMAIL.portfolio],
          ['kpi.measurement.recorded', EMAIL.portfolio],
        ]),
      );
      const changed = (await project('DIG-003'))!;
      expect(changed.title).toBe('Mitarbeiter-App MIA 2.0');
      expect(changed.history.nodes[0]).toEqual({ action: 'project.updated', actor: { email: EMAIL.portfolio } });

      // The same file again changes nothing more.
      const again = await send(file, { dryRun: false });
      expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    });
  });

  describe('bad input', () => {
    const rows = (...extra: unknown[][]) => ({
      Projekte: [PROJECT_HEADER, ['BAD-001', 'Gutes Projekt', 'Idee'], ...extra],
    });

    it.each([
      ['a formula', rows([{ formula: 'A1&"x"' }, 'Titel']), 3, 'Kürzel', 'FORMULA'],
      [
        'an unknown email',
        rows(['BAD-002', 'Titel', 'Idee', null, null, 'niemand@leitstand.example']),
        3,
        'Projektleitung',
        'UNKNOWN_EMAIL',
      ],
      ['a code twice', rows(['bad-001', 'Noch einmal']), 3, 'Kürzel', 'DUPLICATE_CODE'],
      [
        'a day that does not exist',
        rows(['BAD-002', 'Titel', 'Idee', null, null, null, '30.02.2027']),
        3,
        'Geplantes Ende',
        'INVALID_DATE',
      ],
      ['an unknown phase', rows(['BAD-002', 'Titel', 'Erledigt']), 3, 'Phase', 'UNKNOWN_PHASE'],
      [
        'an unknown field of action',
        rows(['BAD-002', 'Titel', 'Idee', 'Raumfahrt']),
        3,
        'Handlungsfeld',
        'UNKNOWN_FIELD',
      ],
      ['an unknown department', rows(['BAD-002', 'Titel', 'Idee', null, 'Amt 999']), 3, 'Amt', 'UNKNOWN_DEPARTMENT'],
      [
        'a bad amount',
        rows(['BAD-002', 'Titel', 'Idee', null, null, null, null, '1,2,3']),
        3,
        'Budget geplant',
        'INVALID_AMOUNT',
      ],
      ['a bad code', rows(['BAD 002', 'Titel']), 3, 'Kürzel', 'INVALID_CODE'],
      ['a new project without title', rows(['BAD-002']), 3, 'Titel', 'REQUIRED'],
      [
        'an unknown column',
        {
          Projekte: [
            [...PROJECT_HEADER, 'Farbe'],
            ['BAD-002', 'Titel'],
          ],
        },
        1,
        'Farbe',
        'UNKNOWN_COLUMN',
      ],
    ])(
      'refuses %s at its row and column, and writes nothing even when asked to',
      async (_what, sheets, row, column, code) => {
        const file = await workbook(sheets);
        const before = await snapshot(t);
        const dry = await send(file);
        expect(dry.report.errors).toEqual([expect.objectContaining({ row, column, code, sheet: 'projects' })]);
        expect(dry.report.errors[0].cell).toMatch(new RegExp(`^[A-Z]+${row}$`));
        const commit = await send(file, { dryRun: false });
        expect(commit.status).toBe(row === 1 ? 400 : 422);
        expect(commit.report.errors.map((problem) => problem.code)).toEqual([code]);
        expect(await snapshot(t)).toEqual(before);
        expect(await project('BAD-001')).toBeNull();
      },
    );

    it.each([
      ['not a workbook', Buffer.from('Kürzel;Titel\r\nX;Y\r\n'), XLSX, 400, 'NOT_A_WORKBOOK'],
      [
        'a broken workbook',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]),
        XLSX,
        400,
        'BROKEN_WORKBOOK',
      ],
      ['a body of another type', Buffer.from('{"a":1}'), 'application/json', 415, 'UNSUPPORTED_TYPE'],
      ['more than 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 65), CSV, 413, 'TOO_LARGE'],
      [
        'more than 10,000 rows',
        Buffer.from(`Kürzel;Titel\r\n${Array.from({ length: 10_001 }, (_, i) => `R-${i};Projekt ${i}\r\n`).join('')}`),
        CSV,
        400,
        'TOO_MANY_ROWS',
      ],
      ['a CSV file of no known table', Buffer.from('Name;Farbe\r\nA;rot\r\n'), CSV, 400, 'NO_TABLE'],
      ['a CSV file with a formula', Buffer.from('Kürzel;Titel\r\nF-1;=1+1\r\n'), CSV, 422, 'FORMULA'],
    ])('refuses %s with a clear error and writes nothing', async (_what, body, type, status, code) => {
      const before = await snapshot(t);
      const { status: answered, report } = await send(body, { type, dryRun: false });
      expect(answered).toBe(status);
      expect(report.errors).toEqual([expect.objectContaining({ code })]);
      expect(report.errors[0].message.length).toBeGreaterThan(10);
      expect(await snapshot(t)).toEqual(before);
    });

    it('lists every error of a file at once, in the dry run', async () => {
      const file = await workbook(
        rows(
          ['BAD-002', 'Titel', 'Erledigt', null, null, 'niemand@leitstand.example', '30.02.2027'],
          ['BAD-001', 'Doppelt'],
        ),
      );
      const { report } = await send(file);
      expect(report.errors.map((problem) => [problem.row, problem.cell, problem.code])).toEqual([
        [3, 'C3', 'UNKNOWN_PHASE'],
        [3, 'F3', 'UNKNOWN_EMAIL'],
        [3, 'G3', 'INVALID_DATE'],
        [4, 'A4', 'DUPLICATE_CODE'],
      ]);
      expect(report.rows.map((row) => row.action)).toEqual(['create', 'error', 'error']);
    });

    it('moves a forecast and corrects a measurement, keeps a baseline, a completion and a key figure as they are', async () => {
      const { milestones, kpis } = (await project('DIG-003'))!;
      const details = dataOf(
        await t.graphql<{
          project: {
            milestones: {
              title: string;
              plannedDate: string;
              forecastDate: string | null;
              completedDate: string | null;
            }[];
          };
        }>(
          '{ project(code: "DIG-003") { milestones { title plannedDate forecastDate completedDate } } }',
          {},
          { token: viewer },
        ),
      ).project.milestones;
      const open = details.find((m) => m.completedDate === null)!;
      const done = details.find((m) => m.completedDate !== null)!;
      expect(milestones.length).toBeGreaterThan(1);
      const kpi = kpis[0];
      const measured = kpi.measurements[0];
      const file = await workbook({
        Meilensteine: [
          ['Kürzel', 'Meilenstein', 'Geplant (Basis)', 'Prognose', 'Erledigt am'],
          ['DIG-003', open.title, open.plannedDate, '2030-01-31', null],
          ['DIG-003', done.title, '2020-01-01', done.forecastDate, done.completedDate],
          ['DIG-003', done.title.concat(' (neu)'), '2030-02-01', null, null],
          ['dig-003', open.title, open.plannedDate, null, '2020-01-02'],
          ['NIX-001', 'Irgendwas', '01.01.2027'],
        ],
        Kennzahlen: [
          ['Kürzel', 'Kennzahl', 'Einheit', 'Datum', 'Wert'],
          ['DIG-003', kpi.name, kpi.unit, measured.date, measured.value + 1],
          ['DIG-003', kpi.name, 'Stück', measured.date, measured.value],
        ],
      });
      const { report } = await send(file);
      expect(report.errors.map((problem) => [problem.sheet, problem.row, problem.column, problem.code])).toEqual([
        ['milestones', 3, 'Geplant (Basis)', 'BASELINE_FIXED'],
        ['milestones', 5, 'Meilenstein', 'DUPLICATE_ROW'],
        ['milestones', 6, 'Kürzel', 'UNKNOWN_PROJECT'],
        ['kpis', 3, 'Einheit', 'KPI_FIXED'],
      ]);
      const actions = report.rows.map((row) => [row.sheet, row.row, row.action]);
      expect(actions).toEqual(
        expect.arrayContaining([
          ['milestones', 2, 'update'],
          ['milestones', 4, 'create'],
          ['kpis', 2, 'update'],
        ]),
      );
      expect(report.rows.find((row) => row.sheet === 'milestones' && row.row === 2)!.changes).toEqual([
        { column: 'Prognose', from: open.forecastDate?.split('-').reverse().join('.') ?? null, to: '31.01.2030' },
      ]);

      const completed = await workbook({
        Meilensteine: [
          ['Kürzel', 'Meilenstein', 'Geplant (Basis)', 'Erledigt am'],
          ['DIG-003', done.title, done.plannedDate, '2020-01-02'],
        ],
      });
      expect((await send(completed)).report.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'Erledigt am', cell: 'D2', code: 'COMPLETION_FIXED' }),
      ]);
    });
  });

  describe('who may import', () => {
    it('refuses a viewer and a read-only API token (which may export)', async () => {
      const file = await workbook({ Projekte: [PROJECT_HEADER, ['WHO-001', 'Titel']] });
      const before = await snapshot(t);
      expect((await send(file, { token: viewer, dryRun: false })).status).toBe(403);
      expect((await send(file, { token: apiToken, dryRun: false })).status).toBe(403);
      expect((await send(file, { token: apiToken })).status).toBe(403);
      expect(await snapshot(t)).toEqual(before);
      for (const token of [viewer, apiToken])
        expect((await t.http.get('/api/export/projects.xlsx').set('Authorization', `Bearer ${token}`)).status).toBe(
          200,
        );
      const anonymous = await t.http.post('/api/import/projects').set('Content-Type', XLSX).send(file);
      expect(anonymous.status).toBe(401);
    });

    it("takes the web client's session cookie with its CSRF header, and refuses the cookie alone", async () => {
      const signIn = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({
          query:
            'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          variables: { email: EMAIL.portfolio, password: DEMO_PASSWORD },
        });
      const cookies = ((signIn.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map(
        (cookie) => cookie.split(';')[0],
      );
      const csrf = cookies.find((cookie) => cookie.startsWith('leitstand_csrf='))!.split('=')[1];
      const file = await workbook({ Projekte: [PROJECT_HEADER, ['WHO-002', 'Titel']] });
      const post = () =>
        t.http.post('/api/import/projects').set('Cookie', cookies.join('; ')).set('Content-Type', XLSX);
      expect((await post().send(file)).status).toBe(403);
      const checked = await post().set('X-CSRF-Token', decodeURIComponent(csrf)).send(file);
      expect(checked.status).toBe(200);
      expect((checked.body as ImportReport).created).toBe(1);
    });

    it('serves its template, which imports as an empty file', async () => {
      const template = await t.http
        .get('/api/import/projects-template.xlsx')
        .set('Authorization', `Bearer ${portfolio}`)
        .buffer(true)
        .parse(binary);
      expect(template.status).toBe(200);
      const book = new Workbook();
      await book.xlsx.load(template.body as ArrayBuffer);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
        'Projekte',
        'Meilensteine',
        'Kennzahlen',
        'Hinweise',
      ]);
      const { status, report } = await send(template.body as Buffer);
      expect(status).toBe(200);
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0, errors: [], rows: [] });
    });
  });
});
