import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage, ready } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';
import { pdfPageFill } from './support/pdf';
import { startInstance } from './support/server';

const PROJECTS = 300;
const ADMIN = { email: 'admin@roadmap.example', password: 'roadmap-browser-test' };
const root = resolve(import.meta.dirname, '../..');

/**
 * The roadmap and the dashboard on a portfolio of 300 projects (the synthetic one of the
 * benchmark, in an embedded database of its own): every project on the roadmap, its groups and
 * zoom, its table (drawn near the view, every row reachable and printed), and the dashboard and a
 * project page printed to A4 without a half-empty page.
 */
describe('the roadmap and the printed dashboard at 300 projects', () => {
  let dataDir: string;
  let stop: () => Promise<void>;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leitstand-roadmap-'));
    const env = {
      ...process.env,
      LEITSTAND_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LEITSTAND_ADMIN_EMAIL: ADMIN.email,
      LEITSTAND_ADMIN_PASSWORD: ADMIN.password,
      SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
    };
    await promisify(execFile)(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'apps/api/bench/generate.ts',
        ...[
          '--projects',
          String(PROJECTS),
          '--milestones',
          '4',
          '--reports',
          '2',
          '--kpis',
          '1',
          '--measurements',
          '2',
        ],
      ],
      { cwd: root, env },
    );
    const instance = await startInstance({ LEITSTAND_DATA_DIR: dataDir, DATABASE_URL: '', LEITSTAND_DEMO: 'false' });
    stop = instance.stop;
    baseUrl = `http://127.0.0.1:${instance.port}`;
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await page.goto(`${baseUrl}/roadmap`);
    await page.getByLabel('E-Mail-Adresse').fill(ADMIN.email);
    await page.getByLabel('Passwort', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await ready(page);
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const rows = () => page.locator('.roadmap-row');
  const ticks = async () => page.locator('.roadmap-tick').allTextContents();

  it('shows every one of the 300 projects, each linked, grouped by field of action', async () => {
    await page.goto(`${baseUrl}/roadmap`);
    await ready(page);
    expect(await page.locator('.result-count').textContent()).toMatch(/^300 Projekte mit [\d.]+ Meilensteinen$/);
    expect(await rows().count()).toBe(PROJECTS);
    const links = await page
      .locator('.roadmap-label a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(PROJECTS);
    const groups = page.locator('.roadmap-group-heading button');
    expect(await groups.count()).toBeGreaterThan(1);
    const sizes = await page
      .locator('.roadmap-group')
      .evaluateAll((sections) => sections.map((section) => section.querySelectorAll('.roadmap-row').length));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(PROJECTS);
    await screenshot(page, 'roadmap-300');
  });

  it('keeps the time axis in view while the projects scroll', async () => {
    const scroller = page.locator('.roadmap-scroll');
    const before = await page.locator('.roadmap-axis').boundingBox();
    await scroller.evaluate((element) => element.scrollBy(0, 2000));
    const after = await page.locator('.roadmap-axis').boundingBox();
    const box = await scroller.boundingBox();
    expect(before && after && box).toBeTruthy();
    expect(Math.abs((after?.y ?? 0) - (box?.y ?? 0))).toBeLessThanOrEqual(2);
    expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);
    await scroller.evaluate((element) => element.scrollTo(0, 0));
  });

  it('collapses a field of action and opens it again', async () => {
    const button = page.locator('.roadmap-group-heading button').first();
    const group = page.locator('.roadmap-group').first();
    const inGroup = await group.locator('.roadmap-row').count();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await group.locator('.roadmap-rows').isHidden()).toBe(true);
    expect(await page.locator('.roadmap-row:visible').count()).toBe(PROJECTS - inGroup);
    await button.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.roadmap-row:visible').count()).toBe(PROJECTS);
  });

  it('zooms from years to quarters, and the axis says so', async () => {
    const years = await ticks();
    expect(years.length).toBeGreaterThan(1);
    for (const tick of years) expect(tick).toMatch(/^\d{4}$/);
    const width = await page.locator('.roadmap-canvas').evaluate((element) => element.scrollWidth);
    await page.getByRole('group', { name: 'Zeitraster' }).getByRole('button', { name: 'Quartale' }).click();
    await page.waitForURL(/raster=quartal/);
    await expect.poll(async () => (await ticks()).length).toBeGreaterThan(years.length * 3);
    for (const tick of await ticks()) expect(tick).toMatch(/^Q[1-4] \d{4}$/);
    expect(await page.locator('.roadmap-canvas').evaluate((element) => element.scrollWidth)).toBeGreaterThan(width * 2);
    expect(await rows().count()).toBe(PROJECTS);
  });

  const tableRows = () => page.locator('.roadmap-table tbody tr:not(.roadmap-table-spacer)');
  const projectLinks = () =>
    page.locator('.roadmap-table-project a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));

  it('has the same projects and groups in its table, drawing the rows near the view', async () => {
    await page.getByRole('button', { name: 'Tabelle' }).click();
    await page.waitForURL(/ansicht=tabelle/);
    await ready(page);
    await page.locator('.roadmap-table-project').first().waitFor();
    const tables = await page.locator('.roadmap-table').count();
    expect(tables).toBe(await page.locator('.roadmap-group').count());
    // Each table says how many rows it has (its header, its projects and their milestones), and
    // draws a window of them; scrolling down the page draws every project in turn.
    const count = (await page.locator('.result-count').textContent()) ?? '';
    const milestones = Number(count.match(/mit ([\d.]+) Meilensteinen/)?.[1].replace(/\./g, ''));
    const rowCounts = await page
      .locator('.roadmap-table')
      .evaluateAll((elements) => elements.map((table) => Number(table.getAttribute('aria-rowcount'))));
    expect(rowCounts.reduce((sum, rows) => sum + rows, 0)).toBe(tables + PROJECTS + milestones);
    expect(await tableRows().count()).toBeLessThan(PROJECTS);
    const seen = new Set(await projectLinks());
    for (let step = 0; step < 500 && seen.size < PROJECTS; step++) {
      await page.evaluate(() => window.scrollBy(0, 700));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      for (const href of await projectLinks()) seen.add(href);
    }
    expect(seen.size).toBe(PROJECTS);
    expect(await tableRows().count()).toBeLessThan(PROJECTS);
  });

  it('reaches project after project with Tab in its table', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = page.locator('.roadmap-table').first().locator('tr[aria-rowindex="2"] a');
    await first.focus();
    const placeOfFocus = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest('tr');
        return {
          index: Number(row?.getAttribute('aria-rowindex')),
          project: row?.classList.contains('roadmap-table-project'),
        };
      });
    let previous = await placeOfFocus();
    expect(previous).toEqual({ index: 2, project: true });
    // Beyond the rows drawn at first: each Tab goes on to the next project's row, to the table's last.
    const inGroup = Number((await page.locator('.roadmap-group-count').first().textContent())?.match(/\d+/)?.[0]);
    expect(inGroup).toBeGreaterThan(20);
    for (let press = 0; press < inGroup - 1; press++) {
      await page.keyboard.press('Tab');
      const place = await placeOfFocus();
      expect(place.project, `Tab ${press + 1}`).toBe(true);
      expect(place.index, `Tab ${press + 1}`).toBeGreaterThan(previous.index);
      previous = place;
    }
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await tableRows().count()).toBeLessThan(PROJECTS);
  });

  it('prints every row of its table, on no half-empty page before the last', { timeout: 120_000 }, async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.emulateMedia({ media: 'print' });
    try {
      await expect.poll(() => page.locator('.roadmap-table-project').count()).toBe(PROJECTS);
      expect(await page.locator('.roadmap-table-spacer').count()).toBe(0);
    } finally {
      // No emulated media: the PDF below is printed with the print media, as the print dialog does.
      await page.emulateMedia({ media: null });
    }
    await expect.poll(() => tableRows().count()).toBeLessThan(PROJECTS);
    // Printing (as the print dialog does: beforeprint, then the print media) draws every row at once.
    const fill = pdfPageFill(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    console.log(`the roadmap's table printed to ${fill.length} A4 pages`);
    expect(fill.length).toBeGreaterThan(10);
    for (const [index, share] of fill.slice(0, -1).entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.7);
    await expect.poll(() => tableRows().count()).toBeLessThan(PROJECTS);
  });

  /**
   * Runs axe on the roadmap (chart and table) and the dashboard. On 300 projects axe takes minutes
   * on a 1,500-row table, so it checks the first field of action's rows (the others, collapsed, are
   * the same markup) and the dashboard's overspent projects (the rest are the same rows).
   */
  async function axeOnEveryView(language: string): Promise<void> {
    for (const path of ['/roadmap', '/roadmap?ansicht=tabelle']) {
      await page.goto(`${baseUrl}${path}`);
      await ready(page);
      await collapseAllButFirst();
      expect(await accessibilityViolations(page), `${path} in ${language}`).toEqual([]);
    }
    await page.goto(`${baseUrl}/`);
    await ready(page);
    await page.locator('.budget-by-project[aria-busy="false"] table').waitFor();
    await page.locator('.budget-by-project input[type="checkbox"]').check();
    expect(await accessibilityViolations(page), `the dashboard in ${language}`).toEqual([]);
  }

  async function collapseAllButFirst(): Promise<void> {
    const buttons = page.locator('.roadmap-group-heading button');
    await buttons.first().waitFor();
    for (let index = (await buttons.count()) - 1; index > 0; index--) await buttons.nth(index).click();
  }

  it('finds nothing for axe on the roadmap and the dashboard in German', { timeout: 240_000 }, async () => {
    await axeOnEveryView('German');
  });

  it('finds nothing for axe in English, nor at 1366 and 320 px', { timeout: 300_000 }, async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio overview' }).waitFor();
    await axeOnEveryView('English');
    await page.goto(`${baseUrl}/roadmap`);
    await ready(page);
    expect(await page.locator('.result-count').textContent()).toMatch(/^300 projects with [\d,]+ milestones$/);
    await collapseAllButFirst();
    for (const width of [1366, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await accessibilityViolations(page), `roadmap at ${width} px`).toEqual([]);
      // The page itself never scrolls sideways: the chart scrolls within its own region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `roadmap-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
  });

  /** Prints the current page to A4 and returns how full each page is (0 to 1). */
  async function printed(name: string): Promise<number[]> {
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('.app-header, nav').evaluateAll((elements) => elements.map((e) => e.checkVisibility())),
    ).not.toContain(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const fill = pdfPageFill(pdf);
    console.log(
      `${name} printed to ${fill.length} A4 pages, filled ${fill.map((share) => `${Math.round(share * 100)} %`).join(', ')}`,
    );
    return fill;
  }

  it('prints the dashboard to A4 with no half-empty page before the last', { timeout: 120_000 }, async () => {
    await page.goto(`${baseUrl}/`);
    await ready(page);
    await page.locator('.budget-by-project[aria-busy="false"] table').waitFor();
    expect(await page.locator('.budget-by-project tbody th[scope="row"]').count()).toBe(PROJECTS);
    const fill = await printed('the dashboard');
    expect(fill.length).toBeGreaterThan(1);
    for (const [index, share] of fill.slice(0, -1).entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.7);
  });

  it('prints a project page to A4 with its Stand and no half-empty first page', { timeout: 120_000 }, async () => {
    await page.goto(`${baseUrl}/roadmap`);
    await ready(page);
    await page.locator('.roadmap-label a').first().click();
    await page.waitForURL(/\/projekte\//);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const stand = (await page.locator('.project-page .print-only').textContent()) ?? '';
    expect(stand).toMatch(/^Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(Zeitpunkt des Drucks\); letzter Statusbericht: /);
    const fill = await printed('a project page');
    for (const [index, share] of fill.slice(0, -1).entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.7);
  });
});
