import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { launchBrowser, screenshot } from './support/browser';

describe('administration', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, baseUrl, DEMO.admin);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('is reached from the navigation by administrators', async () => {
    await page.getByRole('link', { name: 'Verwaltung', exact: true }).click();
    await page.waitForURL(`${baseUrl}/verwaltung/personen`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Personen und Rollen');
  });

  it('adds a person with a role and changes the role', async () => {
    const name = `Erika Test ${suffix}`;
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Person anlegen' }) });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('E-Mail-Adresse').fill(`erika.${suffix}@leitstand.example`);
    await form.getByLabel('Rolle').selectOption('PROJECT_LEAD');
    await form.getByRole('button', { name: 'Person anlegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} ist angelegt.` })
      .waitFor();
    const row = page.locator('tbody tr', { hasText: name });
    expect(await row.locator('td').nth(1).textContent()).toBe('Projektleitung');

    await row.getByRole('button', { name: `Bearbeiten: ${name}` }).click();
    const edit = page.locator('section', { has: page.getByRole('heading', { name: `${name} bearbeiten` }) });
    await edit.getByLabel('Rolle').selectOption('VIEWER');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Die Angaben zu ${name} sind gespeichert.` })
      .waitFor();
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Lesezugriff');

    await row.getByRole('button', { name: `Deaktivieren: ${name}` }).click();
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('deaktiviert');
  });

  it('issues an API token that is shown once, and revokes it', async () => {
    await page.getByRole('link', { name: 'API-Tokens' }).click();
    await ready(page);
    const tokenName = `Open-Data-Export ${suffix}`;
    // Whoever is listed first: the token's owner does not matter here.
    await page.getByLabel('Person').selectOption({ index: 1 });
    await page.getByLabel('Bezeichnung').fill(tokenName);
    await page.getByLabel('Gültig für Tage').fill('30');
    await page.getByRole('button', { name: 'Token ausstellen' }).click();
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token.length).toBeGreaterThan(16);
    await screenshot(page, 'admin-token-issued');
    await page.getByRole('button', { name: 'Token ausblenden' }).click();
    expect(await page.getByText(token).count()).toBe(0);

    const row = page.locator('tbody tr', { hasText: tokenName });
    expect(await row.locator('td').nth(4).textContent()).toBe('gültig');
    await row.getByRole('button', { name: `Widerrufen: ${tokenName}` }).click();
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('widerrufen');
  });

  it('adds a department', async () => {
    await page.getByRole('link', { name: 'Ämter' }).click();
    await ready(page);
    await page.getByLabel('Kürzel').fill(`Amt 9${suffix.slice(-2)}`);
    await page.getByLabel(/^Name/).fill(`Testamt ${suffix}`);
    await page.getByRole('button', { name: 'Amt anlegen' }).click();
    await page.locator('tbody tr', { hasText: `Testamt ${suffix}` }).waitFor();
  });

  it('shows the security log with the sign-ins, and the old and new role of a role change', async () => {
    await page.getByRole('link', { name: 'Sicherheitsprotokoll' }).click();
    await ready(page);
    expect(await page.getByText('Anmeldung erfolgreich').count()).toBeGreaterThan(0);
    const change = page.locator('tbody tr', { hasText: `Erika Test ${suffix}` }).filter({ hasText: 'Rolle geändert' });
    expect(await change.count()).toBe(1);
    expect(await change.locator('td').nth(1).textContent()).toBe('Rolle geändertvon Projektleitung zu Lesezugriff');
    await screenshot(page, 'admin-security-log');
  });
});
