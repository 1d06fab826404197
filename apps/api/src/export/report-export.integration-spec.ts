import { Workbook, Worksheet } from 'exceljs';
import type { Readable } from 'node:stream';
import type { Response } from 'supertest';
import { addDays, dataOf, EMAIL, everyNode, ProjectPage } from '../../test/portfolio';
import { HEALTH_DE, PHASE_DE, STATE_DE } from '../../test/german-words';
import { startTestApp, TestApp } from '../../test/test-app';
import { endOfDayIn, todayIn } from '../common/today';

/**
 * The Sachstandsbericht as a workbook (report.xlsx): for a past Stichtag of the demo's history,
 * each sheet, read back with the library a reader's tool would use, holds what GraphQL answers
 * for the same two dates as the web page asks for them (the end of each day in the city's time
 * zone): the portfolio with `asOf`, the changes with portfolioChanges.
 */

type Cell = string | number | Date | null;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Collects a binary answer (supertest would otherwise parse or drop it). */
function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as Readable;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

function dateCell(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}

function amount(value: string | null): number | null {
  return value === null ? null : Number(value);
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

interface ReportNode {
  id: string;
  code: string;
  title: string;
  health: string;
  phase: string;
  progress: number;
  plannedEndDate: string | null;
  forecastEndDate: string | null;
  field: { name: string } | null;
  lead: { name: string } | null;
  budget: { planned: string | null; spent: string | null };
  latestStatus: { createdAt: string; summary: string } | null;
  endangeredBy: { by: { code: string } }[];
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
    latest: { date: string; value: number } | null;
  }[];
}

interface ProjectRef {
  code: string;
  title: string;
}

interface Report {
  strategies: { name: string }[];
  portfolioSummary: {
    projectCount: number;
    byHealth: { health: string; count: number }[];
    byPhase: { phase: string; count: number }[];
    budgetPlanned: string;
    budgetSpent: string;
    milestonesOverdue: number;
    milestonesDueSoon: number;
    staleProjects: number;
  };
  portfolioChanges: {
    projectsCreated: (ProjectRef & { createdAt: string })[];
    projectsCompleted: (ProjectRef & { actualEndDate: string | null })[];
    projectsCancelled: ProjectRef[];
    healthChanges: { project: ProjectRef; from: string | null; to: string; at: string }[];
    milestonesCompleted: { title: string; completedDate: string; project: ProjectRef }[];
    milestonesSlipped: {
      milestone: { title: string; project: ProjectRef };
      dueBefore: string | null;
      dueAfter: string | null;
      days: number;
    }[];
    risksOpened: { title: string; project: ProjectRef }[];
    statusUpdatesPosted: number;
  };
}

/** The web page's three queries in one, with the fields the workbook shows besides. */
const REPORT = `query ($asOf: DateTime, $from: DateTime!) {
  strategies { name }
  portfolioSummary(asOf: $asOf) {
    projectCount byHealth { health count } byPhase { phase count } budgetPlanned budgetSpent
    milestonesOverdue milestonesDueSoon staleProjects
  }
  portfolioChanges(from: $from, to: $asOf) {
    projectsCreated { code title createdAt }
    projectsCompleted { code title actualEndDate }
    projectsCancelled { code title }
    healthChanges { project { code title } from to at }
    milestonesCompleted { title completedDate project { code title } }
    milestonesSlipped { milestone { title project { code title } } dueBefore dueAfter days }
    risksOpened { title project { code title } }
    statusUpdatesPosted
  }
}`;

const PROJECTS = `query ($asOf: DateTime, $after: String) {
  projects(asOf: $asOf, orderBy: { field: CODE, direction: ASC }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title health phase progress plannedEndDate forecastEndDate
      field { name } lead { name } budget { planned spent }
      latestStatus { createdAt summary }
      endangeredBy { by { code } }
      milestones { title plannedDate forecastDate completedDate state slipDays }
      kpis { name unit baseline target latest { date value } }
    }
  }
}`;

describe('the Sachstandsbericht as a workbook', () => {
  let t: TestApp;
  let viewer: string;
  let apiToken: string;
  let timeZone: string;
  let today: string;
  /** A past Stichtag of the demo's history, and a comparison date well before it. */
  let stichtag: string;
  let since: string;

  beforeAll(async () => {
    t = await startTestApp();
    timeZone = t.config.timeZone;
    today = todayIn(timeZone);
    stichtag = addDays(today, -45);
    since = addDays(today, -200);
    viewer = await t.login(EMAIL.viewer);
    const admin = await t.login(EMAIL.admin);
    const people = dataOf(
      await t.graphql<{ people: { id: string; email: string }[] }>('{ people { id email } }', {}, { token: admin }),
    );
    apiToken = dataOf(
      await t.graphql<{ createApiToken: { token: string } }>(
        'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Ausschuss" }) { token } }',
        { id: people.people.find((person) => person.email === EMAIL.viewer)!.id },
        { token: admin },
      ),
    ).createApiToken.token;
  });
  afterAll(async () => {
    await t.close();
  });

  /** The day of an instant in the city's time zone. */
  const day = (instant: string) => todayIn(timeZone, new Date(instant));

  /** The instants the web page asks about for a Stichtag: its end, or now where it is today. */
  const asOfOf = (date: string) => (date >= today ? null : endOfDayIn(date, timeZone).toISOString());

  async function report(asOf: string | null, from: string): Promise<Report> {
    return dataOf(await t.graphql<Report>(REPORT, { asOf, from }, { token: viewer }));
  }

  function projects(asOf: string | null): Promise<ReportNode[]> {
    return everyNode(async (after) => {
      const page = dataOf(await t.graphql<ProjectPage<ReportNode>>(PROJECTS, { asOf, after }, { token: viewer }));
      return page.projects;
    });
  }

  function get(path: string, token: string | null = viewer) {
    const call = t.http.get(path).buffer(true).parse(binary);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  async function workbook(path: string, token: string = viewer): Promise<Workbook> {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const book = new Workbook();
    await book.xlsx.load(response.body as ArrayBuffer);
    return book;
  }

  function projectRow(p: ReportNode): Cell[] {
    return [
      p.code,
      p.title,
      p.field?.name ?? null,
      p.lead?.name ?? null,
      p.latestStatus ? HEALTH_DE[p.health] : 'Noch kein Bericht',
      PHASE_DE[p.phase],
      p.progress / 100,
      dateCell(p.latestStatus && day(p.latestStatus.createdAt)),
      p.latestStatus?.summary ?? null,
      dateCell(p.plannedEndDate),
      dateCell(p.forecastEndDate),
      p.endangeredBy.map((found) => found.by.code).join(', ') || null,
      amount(p.budget.planned),
      amount(p.budget.spent),
    ];
  }

  describe('for a past Stichtag', () => {
    let book: Workbook;
    let expected: Report;
    let then: ReportNode[];

    beforeAll(async () => {
      book = await workbook(`/api/export/report.xlsx?asOf=${stichtag}&since=${since}`);
      expected = await report(asOfOf(stichtag), endOfDayIn(since, timeZone).toISOString());
      then = await projects(asOfOf(stichtag));
    });

    it('has its five sheets, in German, named for download by the Stichtag', async () => {
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
        'Übersicht',
        'Projekte',
        'Meilensteine',
        'Kennzahlen',
        'Veränderungen',
      ]);
      const response = await get(`/api/export/report.xlsx?asOf=${stichtag}&since=${since}`);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="sachstandsbericht-${stichtag}.xlsx"`);
    });

    it('gives the overview: strategies, the dates, the summary as of the Stichtag, the reports posted since', () => {
      const s = expected.portfolioSummary;
      expect(sheetRows(book.getWorksheet('Übersicht')!)).toEqual([
        ['Angabe', 'Wert'],
        ['Strategie', expected.strategies.map((strategy) => strategy.name).join(' · ')],
        ['Stichtag', dateCell(stichtag)],
        ['Vergleich mit dem Stand vom', dateCell(since)],
        ['Erstellt am', dateCell(today)],
        ['Projekte', s.projectCount],
        ...s.byHealth.map((entry) => [`Status: ${HEALTH_DE[entry.health]}`, entry.count]),
        ...s.byPhase.map((entry) => [`Phase: ${PHASE_DE[entry.phase]}`, entry.count]),
        ['Budget geplant', Number(s.budgetPlanned)],
        ['Budget ausgegeben', Number(s.budgetSpent)],
        ['Meilensteine überfällig', s.milestonesOverdue],
        ['Meilensteine bald fällig', s.milestonesDueSoon],
        ['Projekte ohne Statusbericht seit 30 Tagen', s.staleProjects],
        ['Statusberichte eingegangen seit dem Vergleich', expected.portfolioChanges.statusUpdatesPosted],
      ]);
      expect(s.projectCount).toBeGreaterThan(0);
      const sheet = book.getWorksheet('Übersicht')!;
      expect(sheet.getRow(3).getCell(2).numFmt).toBe('dd.mm.yyyy');
      const budget = sheet.getColumn(1).values.indexOf('Budget geplant');
      expect(sheet.getRow(budget).getCell(2).numFmt).toBe('#,##0.00 "€"');
    });

    it('lists the projects as they stood then: a health that has changed since shows its old value', async () => {
      const [header, ...rows] = sheetRows(book.getWorksheet('Projekte')!);
      expect(header).toEqual([
        'Kürzel',
        'Titel',
        'Handlungsfeld',
        'Projektleitung',
        'Status',
        'Phase',
        'Fortschritt',
        'Bericht vom',
        'Letzter Statusbericht',
        'Geplantes Ende',
        'Erwartetes Ende',
        'Gefährdet durch',
        'Budget geplant',
        'Budget ausgegeben',
      ]);
      expect(rows).toEqual(then.map(projectRow));
      const now = new Map((await projects(null)).map((project) => [project.code, project]));
      const changed = then.filter(
        (project) => project.latestStatus && now.get(project.code)?.health !== project.health,
      );
      expect(changed.length).toBeGreaterThan(0);
      const row = rows.find((cells) => cells[0] === changed[0].code)!;
      expect(row[4]).toBe(HEALTH_DE[changed[0].health]);
      expect(row[4]).not.toBe(HEALTH_DE[now.get(changed[0].code)!.health]);
    });

    it('lists every milestone as it stood then, done ones too, with its state as of the Stichtag', () => {
      const [header, ...rows] = sheetRows(book.getWorksheet('Meilensteine')!);
      expect(header[0]).toBe('Kürzel');
      const milestones = then.flatMap((project) =>
        project.milestones.map((m) => [
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
      expect(rows).toEqual(milestones);
      expect(rows.some((cells) => cells[8] === 'Erledigt')).toBe(true);
    });

    it('lists every key figure with its target and its latest value measured by then', () => {
      const [header, ...rows] = sheetRows(book.getWorksheet('Kennzahlen')!);
      expect(header).toEqual([
        'Kürzel',
        'Projekt',
        'Kennzahl',
        'Einheit',
        'Ausgangswert',
        'Ziel',
        'Wert',
        'Gemessen am',
      ]);
      const kpis = then.flatMap((project) =>
        project.kpis.map((kpi) => [
          project.code,
          project.title,
          kpi.name,
          kpi.unit,
          kpi.baseline,
          kpi.target,
          kpi.latest?.value ?? null,
          dateCell(kpi.latest?.date),
        ]),
      );
      expect(rows).toEqual(kpis);
      expect(kpis.length).toBeGreaterThan(0);
      for (const cells of rows)
        if (cells[7]) expect((cells[7] as Date).toISOString().slice(0, 10) <= stichtag).toBe(true);
    });

    it('lists what changed after the comparison date up to the Stichtag, one change per row', () => {
      const c = expected.portfolioChanges;
      const ref = (project: ProjectRef) => [project.code, project.title];
      const rows: Cell[][] = [
        ...c.projectsCreated.map((p) => [
          'Projekt neu angelegt',
          ...ref(p),
          null,
          null,
          null,
          dateCell(day(p.createdAt)),
          null,
        ]),
        ...c.projectsCompleted.map((p) => [
          'Projekt abgeschlossen',
          ...ref(p),
          null,
          null,
          null,
          dateCell(p.actualEndDate),
          null,
        ]),
        ...c.projectsCancelled.map((p) => ['Projekt abgebrochen', ...ref(p), null, null, null, null, null]),
        ...c.healthChanges.map((h) => [
          'Wechsel des Status',
          ...ref(h.project),
          null,
          h.from ? HEALTH_DE[h.from] : 'erster Bericht',
          HEALTH_DE[h.to],
          dateCell(day(h.at)),
          null,
        ]),
        ...c.milestonesCompleted.map((m) => [
          'Meilenstein erreicht',
          ...ref(m.project),
          m.title,
          null,
          null,
          dateCell(m.completedDate),
          null,
        ]),
        ...c.milestonesSlipped.map((s) => [
          'Meilenstein verschoben',
          ...ref(s.milestone.project),
          s.milestone.title,
          dateCell(s.dueBefore),
          dateCell(s.dueAfter),
          null,
          s.days,
        ]),
        ...c.risksOpened.map((r) => ['Risiko neu offen', ...ref(r.project), r.title, null, null, null, null]),
      ];
      const [header, ...cells] = sheetRows(book.getWorksheet('Veränderungen')!);
      expect(header).toEqual(['Veränderung', 'Kürzel', 'Projekt', 'Gegenstand', 'Vorher', 'Nachher', 'Am', 'Tage']);
      expect(cells).toEqual(rows);
      expect(c.healthChanges.length).toBeGreaterThan(0);
      expect(c.milestonesSlipped.length).toBeGreaterThan(0);
      const slipped = book
        .getWorksheet('Veränderungen')!
        .getRow(1 + cells.findIndex((row) => row[0] === 'Meilenstein verschoben') + 1);
      expect(slipped.getCell(5).numFmt).toBe('dd.mm.yyyy');
    });

    it('types its cells and freezes each header, with an autofilter', () => {
      const projectsSheet = book.getWorksheet('Projekte')!;
      expect(projectsSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(projectsSheet.autoFilter).toBe(`A1:N${projectsSheet.rowCount}`);
      expect(projectsSheet.getRow(1).font?.bold).toBe(true);
      const row = projectsSheet.getRow(2);
      expect(row.getCell(7).numFmt).toBe('0%');
      expect(row.getCell(13).numFmt).toBe('#,##0.00 "€"');
      expect(row.getCell(10).numFmt).toBe('dd.mm.yyyy');
      for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });
  });

  it('speaks English with ?locale=en', async () => {
    const book = await workbook(`/api/export/report.xlsx?asOf=${stichtag}&since=${since}&locale=en`);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Overview',
      'Projects',
      'Milestones',
      'Key figures',
      'Changes',
    ]);
    const overview = sheetRows(book.getWorksheet('Overview')!);
    expect(overview.slice(0, 3).map((row) => row[0])).toEqual(['Item', 'Strategy', 'Reference date']);
    expect(sheetRows(book.getWorksheet('Projects')!)[0].slice(0, 5)).toEqual([
      'Code',
      'Title',
      'Field of action',
      'Project lead',
      'Health',
    ]);
    expect(book.getWorksheet('Overview')!.getRow(3).getCell(2).numFmt).toBe('dd/mm/yyyy');
    const response = await get(`/api/export/report.xlsx?asOf=${stichtag}&since=${since}&locale=en`);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="progress-report-${stichtag}.xlsx"`);
  });

  it('reads today as now, and compares with one year before the Stichtag where since is left out', async () => {
    const book = await workbook(`/api/export/report.xlsx?asOf=${today}`);
    const overview = sheetRows(book.getWorksheet('Übersicht')!);
    const lastYear = Number(today.slice(0, 4)) - 1;
    const yearBefore = today.slice(5) === '02-29' ? `${lastYear}-02-28` : `${lastYear}${today.slice(4)}`;
    expect(overview[3]).toEqual(['Vergleich mit dem Stand vom', dateCell(yearBefore)]);
    const rows = sheetRows(book.getWorksheet('Projekte')!).slice(1);
    expect(rows).toEqual((await projects(null)).map(projectRow));
    // The demo's electronic records are forecast to end after DIG-008 was to connect its online services to them.
    expect(rows.find((cells) => cells[0] === 'DIG-008')?.[11]).toBe('DIG-010');
  });

  describe('who may download it', () => {
    it('lets a viewer and a read-only API token download it, and refuses anonymous callers', async () => {
      const byToken = await workbook(`/api/export/report.xlsx?asOf=${stichtag}`, apiToken);
      expect(byToken.worksheets).toHaveLength(5);
      expect((await get(`/api/export/report.xlsx?asOf=${stichtag}`, viewer)).status).toBe(200);
      const anonymous = await t.http.get(`/api/export/report.xlsx?asOf=${stichtag}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('bad parameters', () => {
    it.each([
      ['', 'asOf', 'REQUIRED'],
      ['?since=2026-01-01', 'asOf', 'REQUIRED'],
      ['?asOf=', 'asOf', 'REQUIRED'],
      ['?asOf=2026-02-30', 'asOf', 'NOT_DATE'],
      ['?asOf=31.12.2025', 'asOf', 'NOT_DATE'],
      ['?asOf=2025-12-31&asOf=2025-11-30', 'asOf', 'ONCE_ONLY'],
      ['?asOf=2025-12-31&since=gestern', 'since', 'NOT_DATE'],
      ['?asOf=2025-12-31&since=2025-12-31', 'since', 'AFTER'],
      ['?asOf=2025-12-31&since=2026-01-15', 'since', 'AFTER'],
      ['?asOf=2025-12-31&locale=fr', 'locale', 'NOT_ALLOWED'],
      ['?asOf=2025-12-31&stichtag=2025-12-31', 'stichtag', 'UNKNOWN_FIELD'],
      ['?asOf=2025-12-31&status=OFF_TRACK', 'status', 'UNKNOWN_FIELD'],
    ])('refuses report.xlsx%s with 400 naming %s (%s)', async (query, param, code) => {
      const response = await t.http.get(`/api/export/report.xlsx${query}`).set('Authorization', `Bearer ${viewer}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.code).toBe('BAD_USER_INPUT');
      expect(response.body.fields.map((field: { path: string; code: string }) => [field.path, field.code])).toEqual([
        [param, code],
      ]);
      expect(response.body.message).toContain(param);
    });

    it('refuses a Stichtag after today, naming asOf', async () => {
      const tomorrow = addDays(today, 1);
      const response = await t.http
        .get(`/api/export/report.xlsx?asOf=${tomorrow}&since=${today}`)
        .set('Authorization', `Bearer ${viewer}`);
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([expect.objectContaining({ path: 'asOf', code: 'IN_FUTURE' })]);
    });

    it('has no CSV', async () => {
      const response = await t.http
        .get(`/api/export/report.csv?asOf=${stichtag}`)
        .set('Authorization', `Bearer ${viewer}`);
      expect(response.status).toBe(404);
    });
  });
});
