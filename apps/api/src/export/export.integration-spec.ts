import { Workbook, Worksheet } from 'exceljs';
import type { Readable } from 'node:stream';
import type { Response } from 'supertest';
import { dataOf, EMAIL, everyNode, ProjectPage } from '../../test/portfolio';
import { HEALTH_DE, PHASE_DE, STATE_DE } from '../../test/german-words';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';

/**
 * The exports of the portfolio's views: each file, read back with the same library a reader's tool
 * would use, holds exactly what the GraphQL list answers for the same filter, with real types.
 */

type Cell = string | number | Date | null;

/** Collects a binary answer (supertest would otherwise parse or drop it). */
function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  // Here the response is still the incoming message, a stream (superagent's typings name the parsed one).
  const stream = response as unknown as Readable;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Parses CSV as a spreadsheet would: quoted cells may hold the separator, quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) throw new Error('The CSV does not end with CRLF');
  return rows;
}

function dateCell(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00.000Z`);
}

function germanDate(iso: string | null): string {
  return iso === null ? '' : iso.split('-').reverse().join('.');
}

function sheetRows(sheet: Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow((row) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      cells.push(value === undefined ? null : (value as Cell));
    }
    rows.push(cells);
  });
  return rows;
}

interface ProjectNode {
  id: string;
  code: string;
  title: string;
  health: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';
  phase: string;
  progress: number;
  tags: string[];
  field: { id: string; name: string } | null;
  department: { id: string; code: string; name: string } | null;
  lead: { name: string } | null;
  sponsor: { name: string } | null;
  startDate: string | null;
  plannedEndDate: string | null;
  forecastEndDate: string | null;
  actualEndDate: string | null;
  budget: { planned: string | null; spent: string | null; currency: string };
  latestStatus: { id: string } | null;
  milestones: {
    title: string;
    plannedDate: string;
    forecastDate: string | null;
    completedDate: string | null;
    state: string;
    slipDays: number;
  }[];
  kpis: {
    name: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    measurements: { date: string; value: number; note: string | null }[];
  }[];
}

const LIST = `query ($filter: ProjectFilter, $orderBy: ProjectOrder, $after: String) {
  projects(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title health phase progress tags
      field { id name } department { id code name } lead { name } sponsor { name }
      startDate plannedEndDate forecastEndDate actualEndDate
      budget { planned spent currency }
      latestStatus { id }
      milestones { title plannedDate forecastDate completedDate state slipDays }
      kpis { name unit baseline target measurements { date value note } }
    }
  }
}`;

const PROJECT_HEADER_DE = [
  'Kürzel',
  'Titel',
  'Status',
  'Phase',
  'Fortschritt',
  'Handlungsfeld',
  'Amt',
  'Projektleitung',
  'Auftraggeber',
  'Beginn',
  'Geplantes Ende',
  'Erwartetes Ende',
  'Tatsächliches Ende',
  'Budget geplant',
  'Budget ausgegeben',
  'Währung',
  'Schlagwörter',
];

/** A project as its row of the workbook must read. */
function projectXlsxRow(p: ProjectNode): Cell[] {
  return [
    p.code,
    p.title,
    p.latestStatus ? HEALTH_DE[p.health] : 'Noch kein Bericht',
    PHASE_DE[p.phase],
    p.progress / 100,
    p.field?.name ?? null,
    p.department ? `${p.department.code} ${p.department.name}` : null,
    p.lead?.name ?? null,
    p.sponsor?.name ?? null,
    dateCell(p.startDate),
    dateCell(p.plannedEndDate),
    dateCell(p.forecastEndDate),
    dateCell(p.actualEndDate),
    p.budget.planned === null ? null : Number(p.budget.planned),
    p.budget.spent === null ? null : Number(p.budget.spent),
    p.budget.currency,
    p.tags.length ? p.tags.join(', ') : null,
  ];
}

describe('exporting the portfolio', () => {
  let t: TestApp;
  let viewer: string;
  let portfolio: string;
  let apiToken: string;
  let fieldId: string;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.login(EMAIL.viewer);
    portfolio = await t.login(EMAIL.portfolio);
    const admin = await t.login(EMAIL.admin);
    const people = dataOf(
      await t.graphql<{ people: { id: string; email: string }[] }>('{ people { id email } }', {}, { token: admin }),
    );
    const viewerId = people.people.find((person) => person.email === EMAIL.viewer)!.id;
    apiToken = dataOf(
      await t.graphql<{ createApiToken: { token: string } }>(
        'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Controlling" }) { token } }',
        { id: viewerId },
        { token: admin },
      ),
    ).createApiToken.token;
    const all = await list(null);
    const withField = all.find((project) => project.field && project.department)!;
    fieldId = withField.field!.id;
    departmentId = withField.department!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every project of the GraphQL list for a filter and order, page by page. */
  async function list(
    filter: Record<string, unknown> | null,
    orderBy?: Record<string, string>,
  ): Promise<ProjectNode[]> {
    return everyNode(async (after) => {
      const page = dataOf(
        await t.graphql<ProjectPage<ProjectNode>>(LIST, { filter, orderBy, after }, { token: viewer }),
      );
      return page.projects;
    });
  }

  function get(path: string, token: string | null = viewer) {
    const call = t.http.get(path).buffer(true).parse(binary);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  async function workbook(path: string, token: string = viewer): Promise<Worksheet> {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new Workbook();
    // exceljs's typings call an ArrayBuffer their Buffer; at run time it reads Node's Buffer.
    await book.xlsx.load(response.body as ArrayBuffer);
    return book.worksheets[0];
  }

  async function csv(path: string, token: string = viewer): Promise<string> {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    return (response.body as Buffer).toString('utf8');
  }

  describe('projects.xlsx', () => {
    const cases: [string, Record<string, unknown> | null, Record<string, string> | undefined][] = [
      ['', null, undefined],
      ['?status=OFF_TRACK', { health: ['OFF_TRACK'] }, undefined],
      [
        '?status=AT_RISK&status=OFF_TRACK&phase=IN_PROGRESS',
        { health: ['AT_RISK', 'OFF_TRACK'], phase: ['IN_PROGRESS'] },
        undefined,
      ],
      ['?suche=app&sortierung=TITLE&richtung=DESC', { search: 'app' }, { field: 'TITLE', direction: 'DESC' }],
      [
        '?ohne-bericht-seit=30&sortierung=PLANNED_END_DATE',
        { staleForDays: 30 },
        { field: 'PLANNED_END_DATE', direction: 'ASC' },
      ],
      [
        '?meilensteine=OVERDUE&meilensteine=DUE_SOON&status=AT_RISK',
        { milestoneState: ['OVERDUE', 'DUE_SOON'], health: ['AT_RISK'] },
        undefined,
      ],
      ['?status=ON_TRACK&bericht=ja', { health: ['ON_TRACK'], reported: true }, undefined],
    ];
    it.each(cases)('holds the rows of the list for %p, in its order', async (query, filter, orderBy) => {
      const expected = await list(filter, orderBy);
      expect(expected.length).toBeGreaterThan(0);
      const sheet = await workbook(`/api/export/projects.xlsx${query}`);
      const [header, ...rows] = sheetRows(sheet);
      expect(header).toEqual(PROJECT_HEADER_DE);
      expect(rows).toEqual(expected.map(projectXlsxRow));
    });

    it('leaves archived projects out unless archivierte=ja asks for them, as the list does', async () => {
      const before = await list(null);
      const archived = before[before.length - 1];
      const { project } = dataOf(
        await t.graphql<{ project: { id: string; version: number } }>(
          'query ($code: String!) { project(code: $code) { id version } }',
          { code: archived.code },
          { token: portfolio },
        ),
      );
      const archive = (name: 'archiveProject' | 'restoreProject', version: number) =>
        t.graphql<Record<string, { version: number }>>(
          `mutation ($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { version } }`,
          { id: project.id, v: version },
          { token: portfolio },
        );
      const { archiveProject } = dataOf(await archive('archiveProject', project.version));
      try {
        const without = sheetRows(await workbook('/api/export/projects.xlsx')).slice(1);
        expect(without).toEqual((await list(null)).map(projectXlsxRow));
        expect(without.map((row) => row[0])).not.toContain(archived.code);
        const withArchived = sheetRows(await workbook('/api/export/projects.xlsx?archivierte=ja')).slice(1);
        expect(withArchived).toEqual((await list({ includeArchived: true })).map(projectXlsxRow));
        expect(withArchived.map((row) => row[0])).toContain(archived.code);
      } finally {
        dataOf(await archive('restoreProject', archiveProject.version));
      }
    });

    it('filters by field of action and department as the list does', async () => {
      const expected = await list({ fieldId: [fieldId], departmentId: [departmentId] });
      const sheet = await workbook(`/api/export/projects.xlsx?handlungsfeld=${fieldId}&amt=${departmentId}`);
      expect(sheetRows(sheet).slice(1)).toEqual(expected.map(projectXlsxRow));
      const all = await list(null);
      expect(expected.length).toBeLessThan(all.length);
    });

    it('types its cells: dates as dates, amounts in €, progress as a percentage; header frozen, with an autofilter', async () => {
      const sheet = await workbook('/api/export/projects.xlsx');
      const rowCount = sheet.rowCount;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:Q${rowCount}`);
      const budgeted = sheet.getColumn(14).values.findIndex((value, index) => index > 1 && typeof value === 'number');
      const row = sheet.getRow(budgeted);
      expect(row.getCell(14).numFmt).toBe('#,##0.00 "€"');
      expect(row.getCell(5).numFmt).toBe('0%');
      expect(row.getCell(11).value).toBeInstanceOf(Date);
      expect(row.getCell(11).numFmt).toBe('dd.mm.yyyy');
      expect(sheet.getRow(1).font?.bold).toBe(true);
      for (const column of [2, 6, 7]) expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(30);
    });

    it('speaks English with ?locale=en', async () => {
      const sheet = await workbook('/api/export/projects.xlsx?locale=en&status=ON_TRACK');
      const [header, first] = sheetRows(sheet);
      expect(header.slice(0, 5)).toEqual(['Code', 'Title', 'Health', 'Phase', 'Progress']);
      expect(first[2]).toBe('On track');
      expect(sheet.getRow(2).getCell(14).numFmt).toBe('"€"#,##0.00');
    });

    it('names the file after the view and the day, for download', async () => {
      const response = await get('/api/export/projects.xlsx');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="projekte-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
    });
  });

  describe('projects.csv', () => {
    it('writes German CSV: BOM, semicolons, decimal commas, German dates; the same rows as the list', async () => {
      const expected = await list({ health: ['AT_RISK'] });
      const text = await csv('/api/export/projects.csv?status=AT_RISK');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1), ';');
      expect(header).toEqual(PROJECT_HEADER_DE);
      expect(rows.map((row) => row[0])).toEqual(expected.map((project) => project.code));
      const budgeted = expected.findIndex((project) => project.budget.planned !== null && project.plannedEndDate);
      const project = expected[budgeted];
      const [whole, fraction = ''] = project.budget.planned!.split('.');
      expect(rows[budgeted][13]).toBe(`${whole},${fraction.padEnd(2, '0')}`);
      expect(rows[budgeted][10]).toBe(germanDate(project.plannedEndDate));
      expect(rows[budgeted][4]).toBe(String(project.progress));
      expect(rows[budgeted][2]).toBe('Gefährdet');
    });

    it('writes English CSV with ?locale=en: commas and decimal points', async () => {
      const text = await csv('/api/export/projects.csv?locale=en');
      const [header, ...rows] = parseCsv(text.slice(1), ',');
      expect(header[0]).toBe('Code');
      const expected = await list(null);
      const budgeted = expected.findIndex((project) => project.budget.planned !== null);
      expect(rows[budgeted][13]).toMatch(/^\d+\.\d{2}$/);
    });

    it('keeps a title that a spreadsheet would take for a formula as text', async () => {
      dataOf(
        await t.graphql(
          'mutation { createProject(input: { code: "XLS-001", title: "=HYPERLINK(\\"http://x\\";\\"klick\\")" }) { id } }',
          {},
          { token: portfolio },
        ),
      );
      const rows = parseCsv((await csv('/api/export/projects.csv?suche=XLS-001')).slice(1), ';');
      expect(rows[1][1]).toBe('\'=HYPERLINK("http://x";"klick")');
      const sheet = await workbook('/api/export/projects.xlsx?suche=XLS-001');
      // In the workbook it is a text cell, never a formula.
      expect(sheet.getRow(2).getCell(2).value).toBe('=HYPERLINK("http://x";"klick")');
    });
  });

  describe('milestones', () => {
    function expectedMilestones(projects: ProjectNode[], withDone: boolean): Cell[][] {
      return projects.flatMap((project) =>
        project.milestones
          .filter((milestone) => withDone || milestone.state !== 'DONE')
          .map((m) => [
            project.code,
            project.title,
            m.title,
            dateCell(m.plannedDate),
            dateCell(m.forecastDate),
            dateCell(m.completedDate),
            dateCell(m.completedDate ?? m.forecastDate ?? m.plannedDate),
            m.slipDays,
            STATE_DE[m.state],
          ]),
      );
    }

    it("holds the roadmap's rows: open milestones of the filtered projects; done ones too with erledigte=ja", async () => {
      const all = await list(null);
      const open = sheetRows(await workbook('/api/export/milestones.xlsx')).slice(1);
      expect(open).toEqual(expectedMilestones(all, false));
      const withDone = sheetRows(await workbook('/api/export/milestones.xlsx?erledigte=ja')).slice(1);
      expect(withDone).toEqual(expectedMilestones(all, true));
      expect(withDone.length).toBeGreaterThan(open.length);
      const inField = sheetRows(await workbook(`/api/export/milestones.xlsx?handlungsfeld=${fieldId}`)).slice(1);
      expect(inField).toEqual(expectedMilestones(await list({ fieldId: [fieldId] }), false));
      expect(inField.length).toBeLessThan(open.length);
    });

    it('as CSV, with German dates and the slip in days', async () => {
      const all = await list(null);
      const rows = parseCsv((await csv('/api/export/milestones.csv')).slice(1), ';');
      expect(rows[0]).toEqual([
        'Kürzel',
        'Projekt',
        'Meilenstein',
        'Geplant (Basis)',
        'Prognose',
        'Erledigt am',
        'Fällig',
        'Verschiebung (Tage)',
        'Zustand',
      ]);
      const expected = expectedMilestones(all, false);
      expect(rows.slice(1).map((row) => [row[0], row[2], row[3], row[7], row[8]])).toEqual(
        expected.map((row) => [
          row[0],
          row[2],
          germanDate((row[3] as Date).toISOString().slice(0, 10)),
          String(row[7]),
          row[8],
        ]),
      );
    });
  });

  describe('kpis', () => {
    it('holds one row per measurement, as the list answers them', async () => {
      const projects = await list({ phase: ['IN_PROGRESS'] });
      const expected = projects.flatMap((project) =>
        project.kpis.flatMap((kpi) =>
          kpi.measurements.map((m) => [
            project.code,
            project.title,
            kpi.name,
            kpi.unit,
            kpi.baseline,
            kpi.target,
            dateCell(m.date),
            m.value,
            m.note,
          ]),
        ),
      );
      expect(expected.length).toBeGreaterThan(5);
      const [header, ...rows] = sheetRows(await workbook('/api/export/kpis.xlsx?phase=IN_PROGRESS'));
      expect(header).toEqual([
        'Kürzel',
        'Projekt',
        'Kennzahl',
        'Einheit',
        'Ausgangswert',
        'Ziel',
        'Datum',
        'Wert',
        'Anmerkung',
      ]);
      expect(rows).toEqual(expected);
      const csvRows = parseCsv((await csv('/api/export/kpis.csv?phase=IN_PROGRESS&locale=en')).slice(1), ',');
      expect(csvRows.slice(1).map((row) => [row[0], row[2], row[7]])).toEqual(
        expected.map((row) => [row[0], row[2], String(row[7])]),
      );
    });
  });

  describe('who may export', () => {
    it('lets a viewer and a read-only API token export', async () => {
      expect((await get('/api/export/projects.xlsx', viewer)).status).toBe(200);
      const byToken = await workbook('/api/export/kpis.xlsx', apiToken);
      expect(byToken.rowCount).toBeGreaterThan(1);
      expect((await get('/api/export/milestones.csv', apiToken)).status).toBe(200);
    });

    it('lets the web client download by link with its session cookie (no CSRF header on a plain read)', async () => {
      const response = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({
          query:
            'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          variables: { email: EMAIL.viewer, password: DEMO_PASSWORD },
        });
      const cookies = ((response.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map(
        (cookie) => cookie.split(';')[0],
      );
      expect(cookies.some((cookie) => cookie.startsWith('leitstand_session='))).toBe(true);
      const download = await t.http.get('/api/export/projects.csv').set('Cookie', cookies.join('; '));
      expect(download.status).toBe(200);
    });

    it('refuses anonymous callers and bad tokens with 401', async () => {
      const anonymous = await t.http.get('/api/export/projects.xlsx');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await get('/api/export/projects.csv', 'lst_not-a-token')).status).toBe(401);
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['projects.xlsx?status=GREEN', 'status'],
      ['projects.csv?phase=DONE', 'phase'],
      ['projects.xlsx?handlungsfeld=not-an-id', 'handlungsfeld'],
      ['projects.xlsx?amt=42', 'amt'],
      ['projects.xlsx?ohne-bericht-seit=0', 'ohne-bericht-seit'],
      ['projects.xlsx?archivierte=vielleicht', 'archivierte'],
      ['projects.xlsx?meilensteine=LATE', 'meilensteine'],
      ['projects.xlsx?bericht=vielleicht', 'bericht'],
      ['projects.xlsx?sortierung=BUDGET', 'sortierung'],
      ['projects.xlsx?locale=fr', 'locale'],
      ['projects.xlsx?stauts=OFF_TRACK', 'stauts'],
      ['projects.xlsx?seite=2', 'seite'],
      ['milestones.xlsx?erledigte=vielleicht', 'erledigte'],
      ['kpis.csv?sortierung=TITLE', 'sortierung'],
      [`projects.xlsx?suche=${'x'.repeat(201)}`, 'suche'],
    ])('refuses %s with 400 naming %s', async (path, param) => {
      const response = await t.http.get(`/api/export/${path}`).set('Authorization', `Bearer ${viewer}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.code).toBe('BAD_USER_INPUT');
      expect(response.body.fields.map((field: { path: string }) => field.path)).toEqual([param]);
      expect(response.body.message).toContain(param);
    });

    it('answers 404 for an export that does not exist', async () => {
      const response = await t.http.get('/api/export/risks.xlsx').set('Authorization', `Bearer ${viewer}`);
      expect(response.status).toBe(404);
    });
  });
});
