import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

/**
 * The import as a portfolio manager walks it: the template from the page, filled with three
 * projects of which one has an impossible date; the dry run shows the error at its cell and offers
 * no import; the fixed file checks clean, is imported, and the projects are in the list.
 */
describe('importing projects from the template', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), 'leitstand-import-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio, '/projekte');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The template filled with three projects; the third planned to end on `plannedEnd`. */
  async function fill(template: string, plannedEnd: string, name: string): Promise<string> {
    const book = new Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet('Projekte')!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
    const column = (title: string) => {
      const index = header.indexOf(title);
      expect(index, title).toBeGreaterThan(0);
      return index;
    };
    const rows = [
      ['IMP-101', 'Digitale Bauakte', 'Geplant', '31.12.2027', '250.000,00'],
      ['IMP-102', 'Online-Terminvergabe Bürgerbüro', 'Idee', '30.06.2027', '80000'],
      ['IMP-103', 'Sensoren für Schulgebäude', 'In Umsetzung', plannedEnd, '1.250.000,00'],
    ];
    rows.forEach(([code, title, phase, end, budget], index) => {
      const row = sheet.getRow(index + 2);
      row.getCell(column('Kürzel')).value = code;
      row.getCell(column('Titel')).value = title;
      row.getCell(column('Phase')).value = phase;
      row.getCell(column('Projektleitung')).value = DEMO.lead;
      row.getCell(column('Geplantes Ende')).value = end;
      row.getCell(column('Budget geplant')).value = budget;
      row.commit();
    });
    const path = join(folder, name);
    await book.xlsx.writeFile(path);
    return path;
  }

  async function check(path: string): Promise<void> {
    await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(path);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await page.getByRole('heading', { name: 'Ergebnis der Prüfung' }).waitFor();
  }

  it('walks the template with three projects, an error, its fix, and the import', async () => {
    await page.getByRole('link', { name: 'Importieren' }).click();
    await page.waitForURL(`${baseUrl}/import`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Projekte importieren');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Vorlage herunterladen (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('leitstand-importvorlage.xlsx');
    const template = join(folder, 'vorlage.xlsx');
    await download.saveAs(template);

    await check(await fill(template, '30.02.2027', 'mit-fehler.xlsx'));
    const table = page.getByRole('table', { name: 'Probelauf: was der Import tun würde' });
    const faulty = table.getByRole('row').filter({ hasText: 'IMP-103' });
    expect(await faulty.textContent()).toContain('Zelle I4 (Geplantes Ende)');
    expect(await faulty.textContent()).toContain('den Tag gibt es nicht');
    expect(await page.getByRole('status').filter({ hasText: 'Neu:' }).textContent()).toBe(
      'Neu: 2 Zeilen. Geändert: 0 Zeilen. Unverändert: 0 Zeilen. 1 Fehler.',
    );
    expect(await page.getByRole('button', { name: 'Import ausführen' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-dry-run-error');

    await check(await fill(template, '31.03.2028', 'korrigiert.xlsx'));
    expect(await page.getByRole('status').filter({ hasText: 'Neu:' }).textContent()).toBe(
      'Neu: 3 Zeilen. Geändert: 0 Zeilen. Unverändert: 0 Zeilen. 0 Fehler.',
    );
    const fixed = page.getByRole('table', { name: 'Probelauf: was der Import tun würde' });
    expect(await fixed.getByRole('row').filter({ hasText: 'IMP-103' }).textContent()).toContain(
      'Geplantes Ende: 31.03.2028',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import ausführen' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Importiert.' });
    await done.waitFor();
    expect(await done.textContent()).toContain('Neu: 3 Zeilen. Geändert: 0 Zeilen.');
    expect(await page.getByRole('table', { name: 'Was der Import getan hat' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-done');

    await page.goto(`${baseUrl}/projekte?suche=IMP-10`);
    await ready(page);
    const codes = await page.locator('.project-table tbody tr td:first-child').allTextContents();
    expect(codes.map((code) => code.trim())).toEqual(['IMP-101', 'IMP-102', 'IMP-103']);
  });

  it('is not offered to a viewer', async () => {
    const viewer = await freshPage(browser);
    await signIn(viewer.page, baseUrl, DEMO.viewer, '/projekte');
    expect(await viewer.page.getByRole('link', { name: 'Importieren' }).count()).toBe(0);
    await viewer.page.goto(`${baseUrl}/import`);
    await ready(viewer.page);
    expect(await viewer.page.locator('main h1').textContent()).toBe('Keine Berechtigung');
    await viewer.context.close();
  });
});
