import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, freshPage, ready } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';
import { OidcProvider, PROVIDER_ACCOUNT_COOKIE, startOidcProvider } from './support/oidc-provider';
import { startInstance } from './support/server';

/**
 * Single sign-on in the browser against a real OpenID Connect provider process: an instance of
 * its own, configured for it, on a fresh embedded database with the demo.
 */
describe('signing in with the city account', () => {
  let provider: OidcProvider;
  let instance: { port: number; stop: () => Promise<void> };
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    provider = await startOidcProvider();
    instance = await startInstance((port) => ({
      // Embedded even where the suite runs on a server database (empty counts as unset).
      DATABASE_URL: '',
      LEITSTAND_DATA_DIR: 'memory://',
      OIDC_ISSUER_URL: provider.url,
      OIDC_CLIENT_ID: 'leitstand',
      OIDC_CLIENT_SECRET: 'a-client-secret',
      OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/auth/oidc/callback`,
    }));
    baseUrl = `http://127.0.0.1:${instance.port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await instance?.stop();
    await provider?.stop();
  });
  beforeEach(async () => {
    ({ context, page } = await freshPage(browser));
  });
  afterEach(async () => {
    await context?.close();
  });

  /** The person is signed in at the city's provider (its own cookie), as on any workday. */
  async function signedInAtProvider(email: string): Promise<void> {
    await context.addCookies([{ name: PROVIDER_ACCOUNT_COOKIE, value: provider.account(email), url: provider.url }]);
  }

  async function providerCookie(): Promise<string | undefined> {
    return (await context.cookies(provider.url)).find((cookie) => cookie.name === PROVIDER_ACCOUNT_COOKIE)?.value;
  }

  it('signs in through the provider, lands on the page asked for, and signs out at the provider too', async () => {
    await signedInAtProvider(DEMO.lead);
    await page.goto(`${baseUrl}/projekte?status=AT_RISK`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    const button = page.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' });
    await button.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-sso');
    await button.click();

    await page.waitForURL(`${baseUrl}/projekte?status=AT_RISK`);
    await ready(page);
    expect(await page.getByText('Angemeldet als Jonas Ebert', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Gefährdet' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${baseUrl}/anmelden`);
    await page.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' }).waitFor();
    const session = (await context.cookies(baseUrl)).find((cookie) => cookie.name === 'leitstand_session');
    expect(session?.value ?? '').toBe('');
    // Signed out at the provider as well: its cookie is gone, and signing in again is not silent.
    expect(await providerCookie()).toBeUndefined();
    await page.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' }).click();
    await page.waitForURL(`${baseUrl}/anmelden/fehler?grund=refused`);
    await ready(page);
    expect(await page.getByRole('alert').textContent()).toBe(
      'Der Identitätsanbieter der Stadt hat die Anmeldung nicht bestätigt.',
    );
  });

  it('refuses an email that has no person in Leitstand with a page in German', async () => {
    await signedInAtProvider('unbekannt@stadt.example');
    await page.goto(`${baseUrl}/projekte`);
    await page.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' }).click();
    await page.waitForURL(`${baseUrl}/anmelden/fehler?grund=unknown-person`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Anmeldung nicht möglich');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Zu dem Konto, mit dem Sie sich bei der Stadt angemeldet haben, gibt es in Leitstand keinen Zugang.',
    );
    expect(await page.getByText('Wenden Sie sich bitte an die Administration', { exact: false }).count()).toBe(1);
    expect(await page.getByText('Error', { exact: false }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-sso-refused');

    await page.getByRole('link', { name: 'Zur Anmeldeseite' }).click();
    await page.waitForURL(`${baseUrl}/anmelden`);
    // The form appears once the page knows how one may sign in (signInOptions).
    const email = page.getByLabel('E-Mail-Adresse', { exact: true });
    await email.waitFor();
    expect(await email.count()).toBe(1);
  });

  it('speaks English to English readers, on the button and on the error page', async () => {
    await page.addInitScript(() => window.localStorage.setItem('leitstand.locale', 'en'));
    await signedInAtProvider('unknown@stadt.example');
    await page.goto(`${baseUrl}/anmelden`);
    await page.getByRole('link', { name: 'Sign in with your city account' }).click();
    await page.waitForURL(`${baseUrl}/anmelden/fehler?grund=unknown-person`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Sign-in not possible');
    expect(await page.getByRole('alert').textContent()).toBe(
      'The account you signed in with at the city has no access to Leitstand.',
    );
  });
});
