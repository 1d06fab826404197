import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { dashboardHealthCount, DEMO, DemoRole, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

/**
 * Each demo role walks dashboard → list → project → status report → dashboard. Those who may
 * report set a project that is not off track to "Kritisch" and find one more critical project
 * on the dashboard afterwards; the viewer finds no way to change anything.
 */
describe('the walk through the portfolio', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, page } = await freshPage(browser));
  });
  afterEach(async () => {
    await context?.close();
  });

  async function check(name: string) {
    expect(await accessibilityViolations(page), name).toEqual([]);
    await screenshot(page, name);
  }

  it('shows the dashboard figures for the whole demo portfolio, and says how long that took', async () => {
    await signIn(page, baseUrl, DEMO.viewer, '/roadmap');
    const started = performance.now();
    await page.goto(`${baseUrl}/`);
    await ready(page);
    await page.locator('#by-health-heading ~ .table-wrap td[data-health="OFF_TRACK"]').waitFor();
    console.log(`the dashboard showed its figures ${Math.round(performance.now() - started)} ms after navigation`);
    const counts = await Promise.all(
      (['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NONE'] as const).map((health) => dashboardHealthCount(page, health)),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(18);
  });

  /** From the dashboard through the list, filtered to projects that are not off track, to one project. */
  async function openProjectThatIsNotOffTrack(role: DemoRole): Promise<string> {
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Projekte', exact: true }).click();
    await ready(page);
    if (role === 'lead') {
      await page.getByRole('link', { name: 'Meine Projekte' }).click();
      await page.waitForURL(/leitung=/);
      await ready(page);
    }
    await page.getByRole('checkbox', { name: 'Im Plan', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Gefährdet', exact: true }).check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/status=ON_TRACK&status=AT_RISK/);
    await ready(page);
    // The address changes before the filtered rows arrive: wait for them.
    await expect.poll(() => page.locator('.project-table .health-OFF_TRACK').count()).toBe(0);
    expect(await page.locator('.project-table tbody tr').count()).toBeGreaterThan(0);
    await check(`walk-${role}-2-list`);

    const code = ((await page.locator('.project-table tbody tr td').first().textContent()) ?? '').trim();
    await page.locator('.project-table tbody tr a').first().click();
    await page.waitForURL(`${baseUrl}/projekte/${encodeURIComponent(code)}`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toContain(code);
    await check(`walk-${role}-3-project`);
    return code;
  }

  // The lead goes first, so that the others have not yet set all of the lead's projects to critical.
  for (const role of ['lead', 'portfolio', 'admin'] as const) {
    it(`as ${role}: reports a project as critical and sees it on the dashboard`, async () => {
      await signIn(page, baseUrl, DEMO[role]);
      expect(await page.locator('main h1').textContent()).toBe('Portfolio-Übersicht');
      const criticalBefore = await dashboardHealthCount(page, 'OFF_TRACK');
      await check(`walk-${role}-1-dashboard`);

      const code = await openProjectThatIsNotOffTrack(role);

      await page.getByRole('link', { name: 'Statusbericht erstellen' }).click();
      await page.waitForURL(`${baseUrl}/projekte/${encodeURIComponent(code)}/statusbericht`);
      await ready(page);
      await check(`walk-${role}-4-status-report`);
      const summary = `Bericht von ${role}: Der Dienstleister für die Scanstraße fällt aus.`;
      await page.getByRole('radio', { name: 'Kritisch', exact: true }).check();
      await page.getByLabel('Zusammenfassung').fill(summary);
      await page.getByLabel('Hindernisse').fill('Vertrag muss neu ausgeschrieben werden.');
      await page.getByRole('button', { name: 'Statusbericht speichern' }).click();

      await page.waitForURL(`${baseUrl}/projekte/${encodeURIComponent(code)}`);
      await page.getByText('Der Statusbericht ist gespeichert.').waitFor();
      await ready(page);
      expect(await page.locator('.project-badges .health-badge').textContent()).toBe('Kritisch');
      expect(await page.locator('#status').getByText(summary).count()).toBe(1);

      await page.getByRole('link', { name: 'Portfolio-Übersicht', exact: true }).click();
      await ready(page);
      await expect.poll(() => dashboardHealthCount(page, 'OFF_TRACK')).toBe(criticalBefore + 1);
      await screenshot(page, `walk-${role}-5-dashboard-after`);
    });
  }

  it('as viewer: reads everything and finds no way to change anything', async () => {
    await signIn(page, baseUrl, DEMO.viewer);
    const criticalBefore = await dashboardHealthCount(page, 'OFF_TRACK');
    expect(await page.getByRole('link', { name: 'Verwaltung', exact: true }).count()).toBe(0);
    await check('walk-viewer-1-dashboard');

    const code = await openProjectThatIsNotOffTrack('viewer');
    expect(await page.getByRole('link', { name: 'Statusbericht erstellen' }).count()).toBe(0);
    const editing = page.locator('main').getByRole('button', { name: /speichern|bearbeiten|anlegen|ändern/i });
    expect(await editing.count()).toBe(0);

    await page.goto(`${baseUrl}/projekte/${encodeURIComponent(code)}/statusbericht`);
    await ready(page);
    expect(await page.getByRole('alert').textContent()).toBe(
      'Für dieses Projekt dürfen Sie keinen Statusbericht abgeben.',
    );
    expect(await page.locator('form').count()).toBe(0);
    await check('walk-viewer-4-status-report-refused');

    await page.goto(`${baseUrl}/verwaltung/personen`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Keine Berechtigung');

    await page.getByRole('link', { name: 'Portfolio-Übersicht', exact: true }).click();
    await ready(page);
    expect(await dashboardHealthCount(page, 'OFF_TRACK')).toBe(criticalBefore);
  });
});
