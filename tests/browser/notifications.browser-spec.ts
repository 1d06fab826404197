import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';
import { startInstance } from './support/server';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Webhooks and reminders as the office uses them, on an instance of their own with a real webhook
 * receiver and a real SMTP server on this machine: the administration page with its delivery log,
 * "Erinnern" beside a stale project, and "Meine fälligen Berichte" on a lead's dashboard.
 */
describe('webhooks and reminders', () => {
  let browser: Browser;
  let baseUrl: string;
  let stop: () => Promise<void>;
  let receiver: Server;
  let receiverUrl: string;
  const received: { type: string; code: string }[] = [];
  let smtp: SMTPServer;
  const mails: string[] = [];
  const contexts: BrowserContext[] = [];

  async function pageAs(email: string, path = '/'): Promise<Page> {
    const { context, page } = await freshPage(browser);
    contexts.push(context);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, baseUrl, email, path);
    return page;
  }

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const json = JSON.parse(body) as { type: string; data: { project: { code: string } } };
        received.push({ type: json.type, code: json.data.project.code });
        response.end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/leitstand`;
    const smtpPort = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          mails.push(...session.envelope.rcptTo.map((address) => address.address));
          callback();
        });
      },
    });
    await new Promise<void>((done) => smtp.listen(smtpPort, '127.0.0.1', () => done()));
    const instance = await startInstance({
      // Embedded even where the suite runs on a server database (empty counts as unset).
      DATABASE_URL: '',
      LEITSTAND_DATA_DIR: 'memory://',
      LEITSTAND_WEBHOOKS_ALLOW_PRIVATE: 'true',
      LEITSTAND_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LEITSTAND_REMINDERS: 'off',
    });
    baseUrl = `http://127.0.0.1:${instance.port}`;
    stop = instance.stop;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stop?.();
    await new Promise((done) => receiver?.close(done));
    await new Promise((done) => smtp?.close(() => done(null)));
  });

  it('creates a webhook whose secret is shown once, and shows its deliveries', async () => {
    const page = await pageAs(DEMO.admin, '/verwaltung/webhooks');
    expect(await page.locator('main h1').textContent()).toBe('Webhooks');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Adresse (URL)').fill(receiverUrl);
    await page.getByLabel('Beschreibung').fill('Intranet');
    await page.getByLabel('Projekt angelegt').check();
    await page.getByRole('button', { name: 'Webhook anlegen' }).click();
    const secret = await page.getByLabel('Signaturschlüssel').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-webhook-created');
    await page.getByRole('button', { name: 'Token ausblenden' }).click();
    expect(await page.getByText(secret).count()).toBe(0);

    // A refused address is said at its field.
    await page.getByLabel('Adresse (URL)').fill('ftp://127.0.0.1/hook');
    await page.getByRole('button', { name: 'Webhook anlegen' }).click();
    await page.getByText('Diese Adresse wird nicht angenommen (must be an http or https URL).').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A project created elsewhere arrives, and the log says so.
    const created = await page.evaluate(async () => {
      const csrf = /leitstand_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({
          query: 'mutation { createProject(input: { code: "HOOK-1", title: "Webhook-Probe" }) { code } }',
        }),
      });
      return ((await response.json()) as { data: { createProject: { code: string } } }).data.createProject.code;
    });
    expect(created).toBe('HOOK-1');
    await expect.poll(() => received).toEqual([{ type: 'PROJECT_CREATED', code: 'HOOK-1' }]);
    const row = page.locator('tbody tr', { hasText: 'Projekt angelegt' });
    await expect.poll(() => row.locator('td').nth(3).textContent(), { timeout: 15_000 }).toMatch(/^zugestellt am /);
    expect(await row.locator('td').nth(2).textContent()).toBe('HTTP 200');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-webhook-deliveries');
  });

  it('reminds the lead of a stale project from the dashboard, once per period', async () => {
    const page = await pageAs(DEMO.portfolio);
    const stale = page.locator('section', {
      has: page.getByRole('heading', { name: /Projekte ohne Statusbericht seit/ }),
    });
    const button = stale.getByRole('button', { name: /an den Statusbericht erinnern$/ }).first();
    await button.click();
    await stale.getByRole('status').filter({ hasText: 'Erinnerung verschickt.' }).waitFor();
    await expect.poll(() => mails.length, { timeout: 15_000 }).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-remind');
    // The same project again, after a reload: not due within the period.
    await page.reload();
    await ready(page);
    await stale
      .getByRole('button', { name: /an den Statusbericht erinnern$/ })
      .first()
      .click();
    await stale
      .getByRole('status')
      .filter({ hasText: /Keine Erinnerung fällig|Erinnerung verschickt/ })
      .first()
      .waitFor();
  });

  it("shows the lead's due reports on the dashboard", async () => {
    const page = await pageAs(DEMO.lead);
    const due = page.locator('section', { has: page.getByRole('heading', { name: 'Meine fälligen Berichte' }) });
    await due.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-my-due-reports');
    // The demo's lead reported on their project twelve days ago.
    expect(await due.textContent()).toContain('Für Ihre Projekte ist kein Statusbericht fällig.');
  });
});
