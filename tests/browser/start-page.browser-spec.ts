import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

describe('the start page in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const server = inject('databaseKind') === 'server';
  const database = {
    de: server ? 'PostgreSQL-Server' : 'Eingebettetes PostgreSQL',
    en: server ? 'PostgreSQL server' : 'Embedded PostgreSQL',
  };
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
    await context?.close();
    context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    page = await context.newPage();
  });

  it('loads in German and shows server and database as reachable', async () => {
    const started = performance.now();
    await page.goto(baseUrl);
    await expect.poll(() => page.getByText(database.de).isVisible()).toBe(true);
    console.log(`start page showed the system status after ${Math.round(performance.now() - started)} ms`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Leitstand');
    expect(await page.getByText('erreichbar', { exact: true }).count()).toBe(2);
    await screenshot(page, 'start-page-de');
  });

  it('has no WCAG 2.1 A or AA violation that axe-core finds', async () => {
    await page.goto(baseUrl);
    await page.getByText(database.de).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches to English by keyboard and keeps it after a reload', async () => {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'System status' }).waitFor();
    await page.reload();
    await page.getByText(database.en).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'start-page-en');
  });

  it('serves the page for a deep link, so that client routes can load', async () => {
    const response = await page.goto(`${baseUrl}/projekte/DIG-001`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Leitstand' }).waitFor();
  });
});
