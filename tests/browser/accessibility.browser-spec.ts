import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, ARTEFACTS, launchBrowser, screenshot } from './support/browser';
import { resolve } from 'node:path';

/**
 * Every page, signed in as the administrator (who sees every control), checked by axe-core
 * against WCAG 2.1 A and AA; a screenshot of each is kept.
 */
describe('every page against WCAG 2.1 AA', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let projectCode = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.admin, '/projekte');
    projectCode = ((await page.locator('.project-table tbody tr td').first().textContent()) ?? '').trim();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const pages: [name: string, path: () => string, heading: string | RegExp][] = [
    ['dashboard', () => '/', 'Portfolio-Übersicht'],
    ['projects', () => '/projekte', 'Projekte'],
    [
      'projects-filtered',
      () => '/projekte?status=AT_RISK&status=OFF_TRACK&sortierung=HEALTH&richtung=DESC',
      'Projekte',
    ],
    ['project', () => `/projekte/${encodeURIComponent(projectCode)}`, /.+/],
    ['status-report', () => `/projekte/${encodeURIComponent(projectCode)}/statusbericht`, /^Statusbericht/],
    ['roadmap', () => '/roadmap', 'Roadmap'],
    ['roadmap-table', () => '/roadmap?ansicht=tabelle&erledigte=ja', 'Roadmap'],
    ['account', () => '/konto', 'Mein Konto'],
    ['import', () => '/import', 'Projekte importieren'],
    ['admin-people', () => '/verwaltung/personen', 'Personen und Rollen'],
    ['admin-departments', () => '/verwaltung/aemter', 'Ämter'],
    ['admin-api-tokens', () => '/verwaltung/api-tokens', 'API-Tokens'],
    ['admin-security-log', () => '/verwaltung/sicherheitsprotokoll', 'Sicherheitsprotokoll'],
    ['accessibility-statement', () => '/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['not-found', () => '/gibt-es-nicht', 'Seite nicht gefunden'],
  ];

  for (const [name, path, heading] of pages) {
    it(`${name} has no violation`, async () => {
      await page.goto(`${baseUrl}${path()}`);
      await ready(page);
      const title = (await page.locator('main h1').textContent()) ?? '';
      if (typeof heading === 'string') expect(title).toBe(heading);
      else expect(title).toMatch(heading);
      expect(await page.title()).toMatch(/Leitstand$/);
      expect(await page.locator('header').count()).toBeGreaterThan(0);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('footer').count()).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `page-${name}`);
    });
  }

  it('the status report with its errors shown has no violation', async () => {
    await page.goto(`${baseUrl}/projekte/${encodeURIComponent(projectCode)}/statusbericht`);
    await ready(page);
    await page.getByLabel('Fortschritt in Prozent').fill('150');
    await page.getByRole('button', { name: 'Statusbericht speichern' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Zusammenfassung');
    expect(await page.getByLabel('Zusammenfassung').getAttribute('aria-invalid')).toBe('true');
    // The summary's links lead to the fields.
    await summary.getByRole('link', { name: /Zusammenfassung/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status-summary');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'page-status-report-errors');
    // Nothing was sent: leave without keeping the draft.
    await page.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('the skip link jumps over the navigation into the content', async () => {
    await page.goto(`${baseUrl}/projekte`);
    await ready(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('charts say in words what they show, and each has a table', async () => {
    await page.goto(baseUrl);
    await ready(page);
    for (const id of ['by-health', 'by-phase', 'by-field', 'budget']) {
      const card = page.locator(`section[aria-labelledby="${id}-heading"]`);
      expect(await card.locator('[role="img"]').getAttribute('aria-label'), id).toMatch(/: /);
      expect(await card.locator('table').count(), id).toBe(1);
    }
  });

  it('prints the dashboard as an A4 report without navigation or controls', async () => {
    await page.goto(baseUrl);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.filter-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByText('Auswahl: das ganze Portfolio').isVisible()).toBe(true);
    await page.pdf({ path: resolve(ARTEFACTS, 'dashboard-print.pdf'), format: 'A4', printBackground: true });
    await screenshot(page, 'dashboard-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
