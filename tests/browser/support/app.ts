import { expect } from 'vitest';
import { Browser, BrowserContext, Page } from 'playwright-core';

/** The demo accounts that the API seeds while the demo is active. */
export const DEMO = {
  admin: 'admin@leitstand.example',
  portfolio: 'portfolio@leitstand.example',
  lead: 'lead@leitstand.example',
  viewer: 'viewer@leitstand.example',
} as const;
export type DemoRole = keyof typeof DEMO;

export const DEMO_PASSWORD = process.env.LEITSTAND_DEMO_PASSWORD ?? 'demo';

/** A fresh context (no cookies, no stored language) in German, in Berlin. */
export async function freshPage(
  browser: Browser,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
  });
  return { context, page: await context.newPage() };
}

/**
 * Waits until the page of the current address is rendered (the app names it in main's
 * data-path), has its heading, and nothing in it is loading any more.
 */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return (
      main?.dataset.path === window.location.pathname &&
      main.querySelector('h1') !== null &&
      main.querySelector('.loading, [aria-busy="true"]') === null
    );
  });
}

/** Signs in through the form (as a person would) and waits for the page that follows. */
export async function signIn(page: Page, baseUrl: string, email: string, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
  await ready(page);
}

/** The number in the dashboard's "projects by health" table for one health (NONE: not reported yet). */
export async function dashboardHealthCount(
  page: Page,
  health: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NONE',
): Promise<number> {
  const text = await page.locator(`#by-health-heading ~ .table-wrap td[data-health="${health}"]`).textContent();
  const count = Number((text ?? '').replace(/\D/g, ''));
  expect(Number.isInteger(count), `count of ${health}: '${text}'`).toBe(true);
  return count;
}
