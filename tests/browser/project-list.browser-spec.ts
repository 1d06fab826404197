import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { launchBrowser, screenshot } from './support/browser';

describe('the project list', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio, '/projekte');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const count = async () => Number(((await page.locator('.result-count').textContent()) ?? '').replace(/\D/g, ''));

  it('keeps its filters and sort in the address, so that a link shows the same view', async () => {
    const all = await count();
    expect(all).toBeGreaterThan(1);
    const code = ((await page.locator('.project-table tbody tr td').first().textContent()) ?? '').trim();
    await page.getByLabel('Suche', { exact: false }).fill(code);
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(`${baseUrl}/projekte?suche=${encodeURIComponent(code)}`);
    await ready(page);
    // The address changes before the new rows arrive: wait for them.
    await expect.poll(count).toBeLessThan(all);
    expect(await page.locator('.project-table tbody tr td').first().textContent()).toBe(code);

    await page.getByLabel('Sortieren nach').selectOption('TITLE');
    await page.waitForURL(/sortierung=TITLE/);
    await ready(page);
    const shared = page.url();

    // Someone else opens the link.
    const other = await context.newPage();
    await other.goto(shared);
    await ready(other);
    expect(await other.getByLabel('Suche', { exact: false }).inputValue()).toBe(code);
    expect(await other.getByLabel('Sortieren nach').inputValue()).toBe('TITLE');
    expect(await other.locator('th[aria-sort="ascending"]').textContent()).toBe('Titel');
    await other.close();

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.waitForURL(/\/projekte(\?sortierung=TITLE)?$/);
    await ready(page);
    await expect.poll(count).toBe(all);
  });

  it('marks a project that a slipping prerequisite endangers, in the list and on its page', async () => {
    // In the demo, the electronic records (DIG-010) are forecast to end 60 days after the end-to-end
    // connection of the online services (DIG-008) was to use them; they were planned in time.
    await page.goto(`${baseUrl}/projekte?suche=DIG-0`);
    await ready(page);
    const row = page.locator('.project-table tbody tr', {
      has: page.getByRole('cell', { name: 'DIG-008', exact: true }),
    });
    expect(await row.locator('.badge-endangered').textContent()).toBe('Gefährdet durch DIG-010');
    const unaffected = page.locator('.project-table tbody tr', {
      has: page.getByRole('cell', { name: 'DIG-011', exact: true }),
    });
    expect(await unaffected.locator('.badge-endangered').count(), 'DIG-011 waits for DIG-010 too, but later').toBe(0);
    await row.getByRole('link').first().click();
    await ready(page);
    const notice = page.locator('.endangered-notice');
    expect(await notice.locator('strong').textContent()).toBe('Gefährdet durch DIG-010');
    expect(await notice.locator('li').textContent()).toMatch(
      /^DIG-010 .+ endet voraussichtlich am \d{2}\.\d{2}\.\d{4}, 60 Tage nach dem Meilenstein vom \d{2}\.\d{2}\.\d{4}: Ende-zu-Ende-Anbindung/,
    );
    await notice.getByRole('link', { name: 'DIG-010' }).click();
    await page.waitForURL(`${baseUrl}/projekte/DIG-010`);
  });

  it('exports the current view from the server as CSV and Excel, every matching project and only those', async () => {
    await page.goto(`${baseUrl}/projekte?status=AT_RISK&status=OFF_TRACK`);
    await ready(page);
    const shown = await count();
    const exports = page.getByRole('group', { name: 'Exportieren' });
    expect(await exports.getByRole('link', { name: 'Excel' }).getAttribute('href')).toBe(
      '/api/export/projects.xlsx?status=AT_RISK&status=OFF_TRACK',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^projekte-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Kürzel;Titel;Status;Phase;Fortschritt;/);
    expect(lines).toHaveLength(shown + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/;(Gefährdet|Kritisch);/);
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: 'Excel' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^projekte-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // An .xlsx file is a zip archive.
    expect(
      readFileSync((await workbook.path()) as string)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await screenshot(page, 'projects-at-risk');
  });

  it('pages through long lists with links that name the page', async () => {
    await page.goto(`${baseUrl}/projekte?suche=DIG-0`);
    await ready(page);
    const total = await count();
    const pagination = page.getByRole('navigation', { name: 'Seiten' });
    if (total <= 25) {
      expect(await pagination.count()).toBe(0);
      return;
    }
    await pagination.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.waitForURL(/seite=2/);
    await ready(page);
    expect(await pagination.textContent()).toContain('Seite 2 von');
  });
});
