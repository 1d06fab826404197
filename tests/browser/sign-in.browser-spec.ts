import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

describe('signing in and out', () => {
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

  it('sends a visitor to sign-in, which lists the demo accounts with their roles', async () => {
    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/anmelden`);
    await page.getByRole('heading', { level: 2, name: 'Demo-Zugänge' }).waitFor();
    for (const email of Object.values(DEMO)) expect(await page.getByText(email).count()).toBe(1);
    for (const role of ['Administration', 'Portfoliomanagement', 'Projektleitung', 'Lesezugriff']) {
      expect(await page.getByText(role, { exact: false }).count()).toBeGreaterThan(0);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-de');
  });

  it('refuses a wrong password in words and stays on the form', async () => {
    await page.goto(`${baseUrl}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO.lead);
    await page.getByLabel('Passwort', { exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-refused');
  });

  it('signs in by keyboard alone, with the focus always visible', async () => {
    await page.goto(`${baseUrl}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    // From the top of the page: the skip link comes first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    let email = false;
    for (let step = 0; step < 15 && !email; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { id: element.id, outline: getComputedStyle(element).outlineStyle };
      });
      expect(focus.outline, `focus on #${focus.id} is visible`).not.toBe('none');
      email = focus.id === 'sign-in-email';
    }
    expect(email).toBe(true);
    await page.keyboard.type(DEMO.viewer);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Portfolio-Übersicht' }).waitFor();
    expect(await page.getByText('Angemeldet als', { exact: false }).count()).toBe(1);
  });

  it('signs out, after which the pages need a sign-in again', async () => {
    await signIn(page, baseUrl, DEMO.portfolio);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${baseUrl}/anmelden`);
    await page.getByRole('heading', { level: 2, name: 'Anmelden' }).waitFor();
    const session = (await context.cookies()).find((cookie) => cookie.name === 'leitstand_session');
    expect(session?.value ?? '').toBe('');
    await page.goto(`${baseUrl}/projekte`);
    await page.waitForURL(`${baseUrl}/anmelden?weiter=%2Fprojekte`);
  });

  it('after signing in goes to the page that was asked for, filters included', async () => {
    await page.goto(`${baseUrl}/projekte?status=AT_RISK`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO.lead);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${baseUrl}/projekte?status=AT_RISK`);
    await ready(page);
    expect(await page.getByRole('checkbox', { name: 'Gefährdet' }).isChecked()).toBe(true);
  });

  it('when the session expires, asks to sign in again and returns to where the person was', async () => {
    await signIn(page, baseUrl, DEMO.portfolio, '/projekte');
    const link = page.locator('.project-table tbody tr a').first();
    const title = (await link.textContent()) ?? '';
    // The session ends behind the page's back, as when it times out on the server.
    await context.clearCookies();
    await link.click();
    await page.getByText('Ihre Sitzung ist abgelaufen', { exact: false }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/anmelden');
    const returnTo = url.searchParams.get('weiter') ?? '';
    expect(returnTo).toMatch(/^\/projekte\/[^/]+$/);
    await screenshot(page, 'sign-in-expired');

    await page.getByLabel('E-Mail-Adresse').fill(DEMO.portfolio);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${baseUrl}${returnTo}`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toContain(title);
  });
});
