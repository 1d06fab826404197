import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

/**
 * The portfolio office keeps its portfolio in the web client: it creates a project with a member
 * and a dependency, edits its facts, archives and restores it, and keeps the strategies; a project
 * lead edits their own project only, a viewer edits nothing. Each new page, form and dialog passes
 * axe in German and in English. The projects made here are archived at the end, so that the demo's
 * lists and totals are as before for the suites that follow.
 */
describe('keeping the portfolio in the web client', () => {
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

  async function open(path: string) {
    await page.goto(`${baseUrl}${path}`);
    await ready(page);
  }

  /** The text of the facts' description list entry with this term. */
  async function fact(term: string): Promise<string> {
    return (
      (await page
        .locator('.facts dt', { hasText: new RegExp(`^${term}$`) })
        .locator('xpath=following-sibling::dd[1]')
        .textContent()) ?? ''
    );
  }

  /** Picks the only option that the picker offers for what is typed, by keyboard. */
  async function pick(picker: string, typed: string, option: RegExp) {
    const input = page.getByRole('combobox', { name: picker });
    await input.fill(typed);
    await page.getByRole('listbox').getByRole('option', { name: option }).waitFor();
    await input.press('ArrowDown');
    await input.press('Enter');
  }

  it('offers "Neues Projekt" on the project list to the portfolio office, and the form passes axe', async () => {
    await open('/projekte');
    await page.getByRole('link', { name: 'Neues Projekt' }).click();
    await page.waitForURL(`${baseUrl}/projekte/neu`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Neues Projekt');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names what is missing at its field and in a summary that takes the focus', async () => {
    await page.getByLabel('Kürzel').fill('DIG 020');
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      expect.stringMatching(/^Kürzel: Bitte ein Kürzel/),
      'Titel: Bitte ausfüllen.',
    ]);
    expect(await page.getByLabel('Kürzel').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#project-title-error').textContent()).toContain('Bitte ausfüllen.');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(page.url()).toBe(`${baseUrl}/projekte/neu`);
  });

  it('builds "Chatbot für den Bürgerservice" with a member and a dependency on the E-Akte, and opens its page', async () => {
    await page.getByLabel('Kürzel').fill('DIG-020');
    await page.getByRole('textbox', { name: /^Titel/ }).fill('Chatbot für den Bürgerservice');
    await page
      .getByLabel('Kurzbeschreibung')
      .fill('Ein Chatbot beantwortet rund um die Uhr Fragen zu Diensten des Bürgerbüros.');
    await page.getByLabel('Schlagwörter').fill('KI, Bürgerservice');
    await page.getByLabel('Handlungsfeld').selectOption({ label: 'Bürgerservices' });
    await page.getByLabel('Amt', { exact: true }).selectOption({ label: 'Amt 302 – Einwohnermeldeamt / Bürgerbüro' });
    await page.getByLabel('Projektleitung').selectOption({ label: 'Jonas Ebert (Amt 103)' });
    await page.getByLabel('Beginn').fill('2027-01-04');
    await page.getByLabel('Geplantes Ende').fill('2027-12-17');
    await page.getByLabel('Budget geplant').fill('250.000,00');
    await pick('Mitglied hinzufügen', 'Krämer', /Sabine Krämer/);
    // The new member's role field takes the focus.
    await page.keyboard.type('Fachliche Leitung');
    expect(await page.getByLabel('Rolle von Sabine Krämer').inputValue()).toBe('Fachliche Leitung');
    await pick('Abhängigkeit hinzufügen', 'DIG-002', /^DIG-002 /);
    expect(await page.locator('.picked-list').last().textContent()).toContain('DIG-002 Einführung der E-Akte');
    await screenshot(page, 'project-new-filled');
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();

    await page.waitForURL(`${baseUrl}/projekte/DIG-020`);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('DIG-020 Chatbot für den Bürgerservice');
    expect(await page.getByRole('status').filter({ hasText: 'Das Projekt DIG-020 ist angelegt.' }).count()).toBe(1);
    expect(await fact('Projektleitung')).toBe('Jonas Ebert');
    expect(await fact('Handlungsfeld')).toBe('Bürgerservices');
    expect(await fact('Mitglieder')).toBe('Sabine Krämer (Fachliche Leitung)');
    expect(await fact('Budget geplant')).toBe('250.000,00\u00a0€');
    expect(await fact('Beginn')).toBe('04.01.2027');
    const dependencies = page.locator('#dependencies');
    expect(await dependencies.getByRole('link').first().textContent()).toBe(
      'DIG-002 Einführung der E-Akte in der Stadtverwaltung',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the new project among the dependents of the E-Akte, and refuses a cycle at the field', async () => {
    await open('/projekte/DIG-002');
    expect(
      await page
        .locator('#dependencies')
        .getByRole('link', { name: /^DIG-020 / })
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Abhängigkeiten bearbeiten' }).click();
    await pick('Abhängigkeit hinzufügen', 'DIG-020', /^DIG-020 /);
    await page.getByRole('button', { name: 'Abhängigkeiten speichern' }).click();
    const error = page.locator('#project-dependsOn-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Das ergäbe eine zirkuläre Abhängigkeit');
    expect(await page.getByRole('combobox', { name: 'Abhängigkeit hinzufügen' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect(
      await page
        .locator('#dependencies')
        .getByRole('link', { name: /^DIG-020 / })
        .count(),
    ).toBe(1);
  });

  it('edits the budget spent on the project page', async () => {
    await open('/projekte/DIG-020');
    await page.getByRole('button', { name: 'Eckdaten bearbeiten' }).click();
    const spent = page.getByLabel('Budget ausgegeben');
    await spent.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'project-facts-edit');
    await spent.fill('12.500,50');
    await page.getByRole('button', { name: 'Eckdaten speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Eckdaten sind gespeichert.' }).waitFor();
    expect(await fact('Budget ausgegeben')).toBe('12.500,50\u00a0€');
    expect(await fact('Budget geplant')).toBe('250.000,00\u00a0€');
    await page.reload();
    await ready(page);
    expect(await fact('Budget ausgegeben')).toBe('12.500,50\u00a0€');
  });

  it('keeps what was typed when someone else changed the project meanwhile, and shows the server value at its field', async () => {
    await page.getByRole('button', { name: 'Eckdaten bearbeiten' }).click();
    await page.getByLabel('Budget ausgegeben').fill('20.000,00');
    // Someone else changes the title in another tab.
    const other = await context.newPage();
    await other.goto(`${baseUrl}/projekte/DIG-020`);
    await ready(other);
    await other.getByRole('button', { name: 'Eckdaten bearbeiten' }).click();
    await other.getByRole('textbox', { name: /^Titel/ }).fill('Chatbot für den Bürgerservice (Pilot)');
    await other.getByRole('button', { name: 'Eckdaten speichern' }).click();
    await other.getByRole('status').filter({ hasText: 'Die Eckdaten sind gespeichert.' }).waitFor();
    await other.close();

    await page.getByRole('button', { name: 'Eckdaten speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'Jemand anderes hat dieses Projekt geändert' }).waitFor();
    expect(await page.getByLabel('Budget ausgegeben').inputValue()).toBe('20.000,00');
    await page.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
    await page.getByText('Inzwischen auf dem Server: Chatbot für den Bürgerservice (Pilot)').waitFor();
    expect(await page.getByLabel('Budget ausgegeben').inputValue()).toBe('20.000,00');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Eckdaten speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Eckdaten sind gespeichert.' }).waitFor();
    expect(await fact('Budget ausgegeben')).toBe('20.000,00\u00a0€');
    // The other's title stays: the form sent only what was changed in it.
    expect(await page.locator('main h1').textContent()).toBe('DIG-020 Chatbot für den Bürgerservice (Pilot)');
  });

  it('archives the project after asking, which takes it out of the list unless archived ones are shown, and restores it', async () => {
    await page.getByRole('button', { name: 'Projekt archivieren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Projekt DIG-020 archivieren?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'project-archive-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByText('Archiviert seit').count()).toBe(0);

    await page.getByRole('button', { name: 'Projekt archivieren' }).click();
    await dialog.getByRole('button', { name: 'Archivieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Projekt DIG-020 ist archiviert.' }).waitFor();
    expect(await page.getByText('Archiviert seit').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await open('/projekte?suche=DIG-020');
    expect(await page.locator('.result-count').textContent()).toBe('0 Projekte');
    await page.getByLabel('Archivierte anzeigen').check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/archivierte=ja/);
    await ready(page);
    expect(await page.locator('.result-count').textContent()).toBe('1 Projekt');
    expect(await page.locator('.project-table tbody tr').first().textContent()).toContain('Archiviert');
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('Archivierte anzeigen').isChecked()).toBe(true);

    await page.getByRole('link', { name: /Chatbot für den Bürgerservice/ }).click();
    await ready(page);
    await page.getByRole('button', { name: 'Wiederherstellen' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Projekt DIG-020 ist wiederhergestellt.' }).waitFor();
    expect(await page.getByText('Archiviert seit').count()).toBe(0);
    await open('/projekte?suche=DIG-020');
    expect(await page.locator('.result-count').textContent()).toBe('1 Projekt');
  });

  it('creates a project with the keyboard alone', async () => {
    await open('/projekte');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        if (!element) return '';
        return (element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
      });
    /** Presses Tab until the focus is on the control with this name (its label or text). */
    async function tabTo(name: string | RegExp) {
      for (let step = 0; step < 120; step++) {
        const now = await focused();
        if (typeof name === 'string' ? now === name : name.test(now)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${name}`);
    }
    await tabTo('Neues Projekt');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/projekte/neu`);
    await ready(page);
    await tabTo(/^Kürzel/);
    await page.keyboard.type('DIG-021');
    await tabTo(/^Titel/);
    await page.keyboard.type('Sprachassistent am Bürgertelefon');
    await tabTo('Handlungsfeld');
    await page.keyboard.type('Bürger');
    await tabTo('Projektleitung');
    await page.keyboard.type('Jonas');
    // Days equal to their months, so that the date field takes them whichever order its locale has.
    await tabTo('Beginn');
    await page.keyboard.type('05052027');
    await tabTo('Geplantes Ende');
    await page.keyboard.type('11112027');
    await tabTo('Budget geplant');
    await page.keyboard.type('80.000');
    await tabTo(/^Mitglied hinzufügen/);
    await page.keyboard.type('Yılmaz');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Murat Yılmaz/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Telefonie');
    await tabTo(/^Abhängigkeit hinzufügen/);
    await page.keyboard.type('DIG-020');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^DIG-020 / })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo('Projekt anlegen');
    await page.keyboard.press('Enter');

    const refused = page.getByRole('alert');
    await Promise.race([
      page.waitForURL(`${baseUrl}/projekte/DIG-021`).catch(() => undefined),
      refused.waitFor().catch(() => undefined),
    ]);
    expect(await refused.allTextContents()).toEqual([]);
    await page.waitForURL(`${baseUrl}/projekte/DIG-021`);
    await ready(page);
    expect(await fact('Handlungsfeld')).toBe('Bürgerservices');
    expect(await fact('Projektleitung')).toBe('Jonas Ebert');
    expect(await fact('Beginn')).toBe('05.05.2027');
    expect(await fact('Geplantes Ende')).toBe('11.11.2027');
    expect(await fact('Budget geplant')).toBe('80.000,00\u00a0€');
    expect(await fact('Mitglieder')).toBe('Murat Yılmaz (Telefonie)');
    expect(await page.locator('#dependencies').getByRole('link').first().textContent()).toMatch(/^DIG-020 /);
  });

  it('keeps strategies and their fields of action', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Strategien' }).click();
    await page.waitForURL(`${baseUrl}/strategien`);
    await ready(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Neue Strategie' }).click();
    await page.getByLabel(/^Name/).fill('Smart City 2035');
    await page.getByLabel(/^Erstes Jahr/).fill('2030');
    await page.getByLabel(/^Letztes Jahr/).fill('2026');
    await page.getByRole('button', { name: 'Strategie anlegen' }).click();
    await page.locator('#strategy-new-endYear-error').waitFor();
    expect(await page.locator('#strategy-new-endYear-error').textContent()).toContain(
      'Das letzte Jahr darf nicht vor dem ersten liegen.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Letztes Jahr/).fill('2035');
    await page.getByRole('button', { name: 'Strategie anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Strategie ist angelegt.' }).waitFor();

    const card = page.getByRole('region', { name: /Smart City 2035/ });
    await card.getByRole('button', { name: 'Handlungsfeld hinzufügen' }).click();
    await page.getByLabel(/^Name des Handlungsfelds/).fill('Vernetzte Quartiere');
    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Handlungsfeld ist angelegt.' }).waitFor();
    await card.getByRole('button', { name: 'Handlungsfeld Vernetzte Quartiere bearbeiten' }).click();
    await page.getByLabel(/^Name des Handlungsfelds/).fill('Smarte Quartiere');
    await page.getByLabel('Beschreibung').fill('Sensorik und Daten für die Stadtteile.');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Handlungsfeld ist gespeichert.' }).waitFor();
    expect(await card.textContent()).toContain('Smarte Quartiere');
    expect(await card.textContent()).toContain('Sensorik und Daten für die Stadtteile.');

    await card.getByRole('button', { name: 'Smart City 2035 bearbeiten' }).click();
    await page.getByLabel(/^Name/).first().fill('Smart City 2040');
    await page.getByLabel(/^Letztes Jahr/).fill('2040');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Strategie ist gespeichert.' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /Smart City 2040 \(2030–2040\)/ }).count()).toBe(1);
    await screenshot(page, 'strategies');
  });

  it('passes axe on the new pages, forms and dialog in English as well', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await open('/projekte/neu');
    expect(await page.locator('main h1').textContent()).toBe('New project');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please check what you entered' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await open('/projekte/DIG-020');
    await page.getByRole('button', { name: 'Edit members' }).click();
    const picker = page.getByRole('combobox', { name: 'Add a member' });
    await picker.fill('a');
    await page.getByRole('listbox').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await picker.press('Escape');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Archive project' }).click();
    await page.getByRole('dialog', { name: 'Archive project DIG-020?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await open('/strategien');
    expect(await page.locator('main h1').textContent()).toBe('Strategies and fields of action');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Deutsch' }).click();
  });

  it('fits the new pages into 320 and 1366 CSS px', async () => {
    for (const width of [320, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/projekte/neu', '/strategien']) {
        await open(path);
        expect([
          path,
          width,
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ]).toEqual([path, width, 0]);
      }
      await open('/projekte/DIG-020');
      await page.getByRole('button', { name: 'Eckdaten bearbeiten' }).click();
      await page.getByLabel('Budget ausgegeben').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await screenshot(page, `project-facts-edit-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets a project lead edit their own project, shows no edit controls on another, and no new project', async () => {
    const lead = await freshPage(browser);
    try {
      await signIn(lead.page, baseUrl, DEMO.lead, '/projekte/DIG-003');
      await lead.page.getByRole('button', { name: 'Eckdaten bearbeiten' }).click();
      const summary = lead.page.getByLabel('Kurzbeschreibung');
      await summary.fill(`${await summary.inputValue()} Die App ist barrierefrei.`);
      await lead.page.getByRole('button', { name: 'Eckdaten speichern' }).click();
      await lead.page.getByRole('status').filter({ hasText: 'Die Eckdaten sind gespeichert.' }).waitFor();
      expect(await lead.page.locator('.project-summary').textContent()).toMatch(/Die App ist barrierefrei\.$/);
      expect(await lead.page.getByRole('button', { name: 'Projekt archivieren' }).count()).toBe(0);

      await lead.page.goto(`${baseUrl}/projekte/DIG-004`);
      await ready(lead.page);
      for (const name of [
        'Eckdaten bearbeiten',
        'Mitglieder bearbeiten',
        'Abhängigkeiten bearbeiten',
        'Projekt archivieren',
      ])
        expect([name, await lead.page.getByRole('button', { name }).count()]).toEqual([name, 0]);

      await lead.page.goto(`${baseUrl}/projekte`);
      await ready(lead.page);
      expect(await lead.page.getByRole('link', { name: 'Neues Projekt' }).count()).toBe(0);
      expect(await lead.page.getByRole('link', { name: 'Strategien' }).count()).toBe(0);
      await lead.page.goto(`${baseUrl}/projekte/neu`);
      await ready(lead.page);
      expect(await lead.page.locator('main h1').textContent()).toBe('Keine Berechtigung');
    } finally {
      await lead.context.close();
    }
  });

  it('shows a viewer no edit controls', async () => {
    const viewer = await freshPage(browser);
    try {
      await signIn(viewer.page, baseUrl, DEMO.viewer, '/projekte/DIG-002');
      // Only printing and the history's "more" button: nothing that edits, archives or reports.
      expect(await viewer.page.locator('main button').allTextContents()).toEqual(['Drucken', 'Weitere Einträge laden']);
      expect(await viewer.page.getByRole('link', { name: 'Statusbericht erstellen' }).count()).toBe(0);
      await viewer.page.goto(`${baseUrl}/strategien`);
      await ready(viewer.page);
      expect(await viewer.page.locator('main h1').textContent()).toBe('Keine Berechtigung');
    } finally {
      await viewer.context.close();
    }
  });

  it('leaves the demo portfolio as it was: the projects made here are archived', async () => {
    for (const code of ['DIG-021', 'DIG-020']) {
      await open(`/projekte/${code}`);
      await page.getByRole('button', { name: 'Projekt archivieren' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Archivieren' }).click();
      await page.getByText('Archiviert seit').waitFor();
    }
  });
});
