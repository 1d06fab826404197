import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Workbook } from 'exceljs';
import { resolve } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, ARTEFACTS, launchBrowser, screenshot } from './support/browser';
import { pdfPageFill } from './support/pdf';

const HEALTH_DE: Record<string, string> = { ON_TRACK: 'Im Plan', AT_RISK: 'Gefährdet', OFF_TRACK: 'Kritisch' };

/** A calendar date some days before today in the page's time zone, and the end of that day. */
function dayBefore(page: Page, days: number): Promise<{ date: string; endOfDay: string; shown: string }> {
  return page.evaluate((back) => {
    const day = new Date();
    day.setDate(day.getDate() - back);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const end = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
    return { date, endOfDay: end.toISOString(), shown: `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}` };
  }, days);
}

/** The projects whose health as of an instant differs from today's, with both healths. */
function healthChangedSince(page: Page, asOf: string): Promise<{ code: string; then: string; now: string }[]> {
  return page.evaluate(async (instant) => {
    const csrf = decodeURIComponent(/leitstand_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
    const ask = async (asOfValue: string | null) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          query:
            'query($asOf: DateTime) { projects(asOf: $asOf, first: 100) { nodes { code health latestStatus { id } } } }',
          variables: { asOf: asOfValue },
        }),
      });
      const body = (await response.json()) as {
        data: { projects: { nodes: { code: string; health: string; latestStatus: { id: string } | null }[] } };
      };
      return body.data.projects.nodes;
    };
    const then = new Map((await ask(instant)).map((project) => [project.code, project]));
    return (await ask(null))
      .filter((project) => {
        const old = then.get(project.code);
        return old !== undefined && old.latestStatus !== null && old.health !== project.health;
      })
      .map((project) => ({ code: project.code, then: then.get(project.code)!.health, now: project.health }));
  }, asOf);
}

/** The sizes of a PDF's pages in points, and the page (1-based) each heading of its outline points at. */
function readPdf(pdf: Buffer): { pages: { width: number; height: number }[]; outline: Map<string, number> } {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(match[1]), match[2]);
  const root = [...objects.values()].find((body) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent/.test(body));
  if (!root) throw new Error('the PDF has no page tree');
  const pageIds: number[] = [];
  const walk = (body: string) => {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) {
      const child = objects.get(Number(kid[1])) ?? '';
      if (/\/Type\s*\/Pages\b/.test(child)) walk(child);
      else pageIds.push(Number(kid[1]));
    }
  };
  walk(root);
  const pages = pageIds.map((id) => {
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(objects.get(id) ?? '');
    return { width: Number(box?.[1]), height: Number(box?.[2]) };
  });
  const decode = (raw: string) => {
    if (raw.startsWith('<')) {
      const hex = raw.slice(1, -1).replace(/^FEFF/i, '');
      let out = '';
      for (let at = 0; at < hex.length; at += 4) out += String.fromCharCode(parseInt(hex.slice(at, at + 4), 16));
      return out;
    }
    return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
  };
  const outline = new Map<string, number>();
  for (const body of objects.values()) {
    const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)/.exec(body);
    const destination = /\/Dest\s*\[\s*(\d+) 0 R/.exec(body);
    if (title && destination) outline.set(decode(title[1]), pageIds.indexOf(Number(destination[1])) + 1);
  }
  return { pages, outline };
}

/** Prints the report on the page to A4 and checks the document: sizes, title page, contents. */
async function printReport(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.report-dates').isVisible()).toBe(false);
  expect(await page.locator('.main-nav').isVisible()).toBe(false);
  // Figures stay on one line: every amount, date and percentage of the report.
  const broken = await page.locator('.report .nowrap').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) tops.add(Math.round(rect.top));
        }
        return tops.size > 1;
      })
      .map((element) => element.textContent),
  );
  expect(broken).toEqual([]);
  await page.addStyleTag({ content: '@page report { @bottom-center { content: none; } }' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="width:100%;text-align:center;font-size:9px"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
  });
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(resolve(ARTEFACTS, 'report-print.pdf'), pdf);
  const { pages, outline } = readPdf(pdf);
  expect(pages.length).toBeGreaterThan(1);
  for (const size of pages) {
    expect(Math.abs(size.width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(size.height - 841.9)).toBeLessThan(1.5);
  }
  expect(outline.get('Sachstandsbericht')).toBe(1);
  expect(outline.get('Inhalt')).toBe(1);
  expect(outline.get('Das Portfolio zum Stichtag')).toBe(2);
  // No half-empty page between the title page and the last (printed without the footer, whose
  // text would count as the page's lowest line).
  const fill = pdfPageFill(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  console.log(
    `the report printed to ${fill.length} A4 pages, filled ${fill.map((share) => `${Math.round(share * 100)} %`).join(', ')}`,
  );
  expect(fill.length).toBe(pages.length);
  for (const [index, share] of fill.slice(1, -1).entries()) expect(share, `page ${index + 2}`).toBeGreaterThan(0.7);
}

describe('the Sachstandsbericht', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let stichtag: { date: string; endOfDay: string; shown: string };
  let since: { date: string; shown: string };
  let changed: { code: string; then: string; now: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio);
    stichtag = await dayBefore(page, 90);
    since = await dayBefore(page, 180);
    const candidates = await healthChangedSince(page, stichtag.endOfDay);
    expect(candidates.length, 'the demo has a project whose health changed in the last 90 days').toBeGreaterThan(0);
    changed = candidates[0];
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('is reached from the navigation, with both dates in its address', async () => {
    await page.getByRole('link', { name: 'Sachstandsbericht', exact: true }).click();
    await ready(page);
    const address = new URL(page.url());
    expect(address.pathname).toBe('/sachstandsbericht');
    expect(address.searchParams.get('stichtag')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(address.searchParams.get('seit')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the portfolio as it stood on a past Stichtag: a project with the health it had then', async () => {
    await page.goto(`${baseUrl}/sachstandsbericht?stichtag=${stichtag.date}&seit=${since.date}`);
    await ready(page);
    expect(await page.locator('.report-cover').textContent()).toContain(`Stichtag: ${stichtag.shown}`);
    const project = page.locator(`article[data-code="${changed.code}"]`);
    const health = (await project.locator('.report-health').textContent()) ?? '';
    expect(health).toBe(HEALTH_DE[changed.then]);
    expect(health).not.toBe(HEALTH_DE[changed.now]);
    expect(await page.locator('#report-as-of').inputValue()).toBe(stichtag.date);
    expect(await page.locator('#report-since').inputValue()).toBe(since.date);
    expect(await page.getByRole('heading', { level: 2, name: `Veränderungen seit dem ${since.shown}` }).count()).toBe(
      1,
    );
    const contents = page.getByRole('navigation', { name: 'Inhalt' });
    expect(await contents.getByRole('link').count()).toBeGreaterThan(2);
    await screenshot(page, 'report-past');
  });

  it("downloads the same report as a workbook with the Excel button, for the page's two dates", async () => {
    await page.goto(`${baseUrl}/sachstandsbericht?stichtag=${stichtag.date}&seit=${since.date}`);
    await ready(page);
    const link = page.getByRole('link', { name: 'Als Excel herunterladen' });
    expect(await link.getAttribute('href')).toBe(`/api/export/report.xlsx?asOf=${stichtag.date}&since=${since.date}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`sachstandsbericht-${stichtag.date}.xlsx`);
    const book = new Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    // The page's projects, with the health they had then, are the workbook's.
    const rows: string[][] = [];
    book.getWorksheet('Projekte')!.eachRow((row, index) => {
      if (index > 1) rows.push([String(row.getCell(1).value), String(row.getCell(5).value)]);
    });
    const codes = await page
      .locator('article[data-code]')
      .evaluateAll((articles) => articles.map((article) => article.getAttribute('data-code')!));
    expect(rows.map(([code]) => code).sort()).toEqual([...codes].sort());
    expect(rows.find(([code]) => code === changed.code)?.[1]).toBe(HEALTH_DE[changed.then]);
    // As many changes of health as the page counts.
    let healthChanges = 0;
    book.getWorksheet('Veränderungen')!.eachRow((row) => {
      if (row.getCell(1).value === 'Wechsel des Status') healthChanges++;
    });
    const counted = await page
      .locator('#report-changes .change-counts li', { hasText: 'Wechsel des Status' })
      .textContent();
    expect(counted).toBe(`${healthChanges} Wechsel des Status`);
  });

  it('changes the dates through the form and keeps them in the address', async () => {
    const later = await dayBefore(page, 60);
    await page.locator('#report-as-of').fill(later.date);
    await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
    await page.waitForURL((url) => url.searchParams.get('stichtag') === later.date);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('seit')).toBe(since.date);
    await page.locator('#report-since').fill(later.date);
    await page.getByRole('button', { name: 'Bericht anzeigen' }).click();
    expect(await page.getByText('Der Vergleich muss vor dem Stichtag liegen.').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('seit')).toBe(since.date);
  });

  it('prints to A4: a title page with the contents, then the report on numbered pages', async () => {
    // page.pdf draws Chromium's own footer with the page numbers; the stylesheet's @page margin box,
    // which Chromium draws too, is switched off for it (an added style needs the CSP bypassed).
    const print = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const printing = await print.newPage();
    try {
      await signIn(
        printing,
        baseUrl,
        DEMO.portfolio,
        `/sachstandsbericht?stichtag=${stichtag.date}&seit=${since.date}`,
      );
      await printReport(printing);
    } finally {
      await print.close();
    }
  }, 180_000);

  it('fits 320 CSS px without scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'report-320');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('has no accessibility violations in German and in English', async () => {
    await page.goto(`${baseUrl}/sachstandsbericht?stichtag=${stichtag.date}&seit=${since.date}`);
    await ready(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
    await ready(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'report-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sachstandsbericht' }).waitFor();
  }, 180_000);
});

describe('the dashboard since the last meeting', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('counts the changes since 30 days ago, each count a link to its list, and remembers another date', async () => {
    const card = page.locator('section[aria-labelledby="since-heading"]');
    const thirty = await dayBefore(page, 30);
    expect(await card.getByLabel('Datum der letzten Sitzung').inputValue()).toBe(thirty.date);
    expect(await card.getByText(/Statusberichte? eingegangen/).count()).toBe(1);
    const ninety = await dayBefore(page, 90);
    await card.getByLabel('Datum der letzten Sitzung').fill(ninety.date);
    await card.getByText(`Veränderungen seit Beginn des ${ninety.shown}`).waitFor();
    await ready(page);
    const link = card.locator('.change-counts a', { hasText: 'Wechsel des Status' });
    expect(await link.count()).toBe(1);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toBe('since-health');
    expect(await card.locator('#since-health + ul li').count()).toBeGreaterThan(0);
    await page.reload();
    await ready(page);
    expect(await card.getByLabel('Datum der letzten Sitzung').inputValue()).toBe(ninety.date);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
