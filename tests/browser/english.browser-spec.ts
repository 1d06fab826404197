import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

describe('the English switch', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('speaks German first, with German dates and amounts', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    const budget = (await page.locator('.key-figures dd').nth(4).textContent()) ?? '';
    expect(budget).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}\u00a0€$/);
  });

  it('switches the whole interface to English by keyboard and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Portfolio overview' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Portfolio overview – Leitstand');
    await page.reload();
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Portfolio overview');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(1);
    const budget = (await page.locator('.key-figures dd').nth(4).textContent()) ?? '';
    expect(budget).toMatch(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-en');
  });

  it('shows the project list and a project in English, dates day first', async () => {
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await ready(page);
    expect(await page.getByRole('button', { name: 'Apply filters' }).count()).toBe(1);
    await page.locator('.project-table tbody tr a').first().click();
    await ready(page);
    expect(await page.getByRole('heading', { level: 2, name: 'Milestones' }).count()).toBe(1);
    const dates = await page.locator('#milestones td.nowrap').allTextContents();
    const written = dates.filter((text) => /\d/.test(text));
    expect(written.length).toBeGreaterThan(0);
    for (const date of written) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'project-en');
  });

  it('switches back to German', async () => {
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Meilensteine' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
  });
});
