import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

const CODE = 'DIG-018';
const PILOT = 'Pilot im Personalamt';
const SIGNED = 'Unterzeichnung durch den Personalrat';
const KPI = 'Ämter mit Vereinbarung';
const RISK = 'Personalrat stimmt nicht zu';

/** Today as the form's date field holds it (yyyy-mm-dd), in the browser's time zone. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/**
 * The portfolio manager keeps a demo project's milestones, key figures and risks on its page:
 * adds two milestones (one with the keyboard alone), re-baselines one with a reason and sees the
 * old date still, completes one, defines a key figure with a target and records a measurement,
 * adds a risk and closes it. axe-core checks each form and dialog, in German and in English; a
 * viewer sees no edit controls.
 */
describe("editing a project's milestones, key figures and risks", () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await freshPage(browser));
    await signIn(page, baseUrl, DEMO.portfolio, `/projekte/${CODE}`);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const milestones = () => page.locator('#milestones');
  const kpis = () => page.locator('#kpis');
  const risks = () => page.locator('#risks');
  const row = (section: Locator, title: string) =>
    section.locator('tbody tr', { has: page.locator('th', { hasText: title }) });
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  async function noViolations(name: string) {
    expect(await accessibilityViolations(page), name).toEqual([]);
    await screenshot(page, `parts-${name}`);
  }

  it('adds a milestone with its baseline and owner', async () => {
    await milestones().getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
    const panel = page.getByRole('region', { name: 'Neuer Meilenstein' });
    await panel.getByLabel('Meilenstein *').fill(PILOT);
    await panel.getByLabel('Beschreibung').fill('Erst ein Amt, dann alle.');
    // Whoever is listed first among the project's people: the owner's name does not matter here.
    await panel.getByLabel('Verantwortlich').selectOption({ index: 1 });
    const owner = await panel.getByLabel('Verantwortlich').locator('option:checked').textContent();
    await panel.getByLabel('Geplant (Basis) *').fill('2027-03-31');
    await noViolations('milestone-add');
    await panel.getByRole('button', { name: 'Meilenstein anlegen' }).click();
    await page.getByText(`Der Meilenstein „${PILOT}“ ist hinzugefügt.`).waitFor();
    expect(await row(milestones(), PILOT).locator('td').nth(0).textContent()).toBe(owner);
    expect(await row(milestones(), PILOT).locator('td').nth(1).textContent()).toBe('31.03.2027');
  });

  it('adds a second milestone', async () => {
    await milestones().getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
    const panel = page.getByRole('region', { name: 'Neuer Meilenstein' });
    await panel.getByLabel('Meilenstein *').fill(SIGNED);
    await panel.getByLabel('Geplant (Basis) *').fill('2027-06-30');
    await panel.getByRole('button', { name: 'Meilenstein anlegen' }).click();
    await page.getByText(`Der Meilenstein „${SIGNED}“ ist hinzugefügt.`).waitFor();
    expect(await row(milestones(), SIGNED).locator('td').nth(1).textContent()).toBe('30.06.2027');
    // The form is gone; the focus went back to the button that opened it.
    await expect.poll(focused).toBe('Meilenstein hinzufügen');
  });

  it('re-baselines a milestone only with a reason, and the old date stays visible', async () => {
    await row(milestones(), PILOT)
      .getByRole('button', { name: `Basis verschieben: ${PILOT}` })
      .click();
    const panel = page.getByRole('region', { name: `Basis von „${PILOT}“ verschieben` });
    await panel.getByLabel('Neuer Basistermin *').fill('2027-05-31');
    await panel.getByRole('button', { name: 'Basis verschieben' }).click();
    const summary = panel.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Begründung: Bitte begründen Sie, warum die Basis verschoben wird.');
    expect(await panel.getByLabel('Begründung *').getAttribute('aria-invalid')).toBe('true');
    await noViolations('milestone-rebaseline-errors');
    await panel.getByLabel('Begründung *').fill('Beschluss des Lenkungskreises: erst nach der Personalratswahl');
    await panel.getByRole('button', { name: 'Basis verschieben' }).click();
    await page.getByText(`Die Basis des Meilensteins „${PILOT}“ ist verschoben.`).waitFor();

    const cells = row(milestones(), PILOT).locator('td');
    expect(await cells.nth(1).locator('.nowrap').textContent()).toBe('31.05.2027');
    await cells.nth(1).getByText('Basis 1-mal verschoben, zuerst geplant: 31.03.2027').click();
    expect(await cells.nth(1).locator('.rebaselines li').textContent()).toMatch(
      /^vom 31\.03\.2027 auf den 31\.05\.2027 verschoben, am .+ von .+: Beschluss des Lenkungskreises/,
    );
    await noViolations('milestone-rebaselined');
  });

  it('completes a milestone on today', async () => {
    await row(milestones(), SIGNED)
      .getByRole('button', { name: `Als erledigt melden: ${SIGNED}` })
      .click();
    const panel = page.getByRole('region', { name: `„${SIGNED}“ als erledigt melden` });
    expect(await panel.getByLabel('Erledigt am *').inputValue()).toBe(todayIn('Europe/Berlin'));
    await noViolations('milestone-complete');
    await panel.getByRole('button', { name: 'Als erledigt melden' }).click();
    await page.getByText(`Der Meilenstein „${SIGNED}“ ist als erledigt gemeldet.`).waitFor();
    expect(await row(milestones(), SIGNED).locator('.state-badge').textContent()).toBe('Erledigt');
  });

  it('asks in a dialog before deleting a milestone; Escape keeps it', async () => {
    await row(milestones(), SIGNED)
      .getByRole('button', { name: `Löschen: ${SIGNED}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Meilenstein löschen?' });
    await dialog.waitFor();
    expect(await focused()).toBe('Abbrechen');
    await noViolations('milestone-delete-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await row(milestones(), SIGNED).count()).toBe(1);
    expect(await focused()).toBe('Löschen');
  });

  it('defines a key figure with a target and records a measurement', async () => {
    await kpis().getByRole('button', { name: 'Kennzahl festlegen' }).click();
    const panel = page.getByRole('region', { name: 'Neue Kennzahl' });
    await panel.getByLabel('Bezeichnung *').fill(KPI);
    await panel.getByLabel('Einheit *').fill('Ämter');
    await panel.getByLabel('Ausgangswert').fill('0');
    await panel.getByLabel('Ziel', { exact: true }).fill('12');
    await noViolations('kpi-define');
    await panel.getByRole('button', { name: 'Kennzahl anlegen' }).click();
    await page.getByText(`Die Kennzahl „${KPI}“ ist festgelegt.`).waitFor();

    const card = kpis().locator('section.kpi', { has: page.getByRole('heading', { name: `${KPI} (Ämter)` }) });
    await card.getByRole('button', { name: `Messwert erfassen: ${KPI}` }).click();
    const record = page.getByRole('region', { name: `Messwert für „${KPI}“ erfassen oder korrigieren` });
    await record.getByLabel('Wert in Ämter *').fill('3');
    await noViolations('kpi-record');
    await record.getByRole('button', { name: 'Messwert erfassen' }).click();
    await page.getByText(`Der Messwert von „${KPI}“`).waitFor();
    expect(await card.locator('tbody td.numeric').allTextContents()).toEqual(['3']);
    expect(await card.locator('dd').nth(1).textContent()).toBe('12 Ämter');
  });

  it('adds a risk, which the matrix shows, and closes it, with the keyboard alone', async () => {
    await risks().getByRole('button', { name: 'Risiko erfassen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Neues Risiko');
    await page.keyboard.press('Tab');
    await page.keyboard.type(RISK);
    await page.keyboard.press('Tab'); // description
    await page.keyboard.press('Tab'); // probability: from "Mittel" one down to "Hoch"
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // impact
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // mitigation
    await page.keyboard.type('Frühzeitig abstimmen');
    const panel = page.getByRole('region', { name: 'Neues Risiko' });
    expect(await panel.getByLabel('Wahrscheinlichkeit').inputValue()).toBe('HIGH');
    expect(await panel.getByLabel('Auswirkung').inputValue()).toBe('HIGH');
    await noViolations('risk-add');
    await page.keyboard.press('Tab'); // owner
    await page.keyboard.press('Tab'); // "Risiko anlegen"
    expect(await focused()).toBe('Risiko anlegen');
    await page.keyboard.press('Enter');
    await page.getByText(`Das Risiko „${RISK}“ ist erfasst.`).waitFor();
    await expect.poll(focused).toBe('Risiko erfassen');
    const matrixTable = risks().locator('.risk-matrix-table');
    const high = matrixTable.locator('tbody tr', {
      has: page.getByRole('rowheader', { name: 'Wahrscheinlichkeit Hoch' }),
    });
    expect(await high.locator('td').nth(2).textContent()).toContain(RISK);
    await noViolations('risk-matrix');

    // "Bearbeiten" and "Schließen" sit side by side in the row: Tab goes from one to the other.
    const close = row(risks(), RISK).getByRole('button', { name: `Schließen: ${RISK}` });
    await row(risks(), RISK)
      .getByRole('button', { name: `Bearbeiten: ${RISK}` })
      .focus();
    await page.keyboard.press('Tab');
    expect(await close.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(`Das Risiko „${RISK}“ ist geschlossen.`).waitFor();
    expect(await row(risks(), RISK).locator('td').nth(2).textContent()).toBe('Geschlossen');
    expect(await high.locator('td').nth(2).textContent()).not.toContain(RISK);
    // The button went with the open risk; the focus is on the section, not lost to the page.
    await expect.poll(focused).toBe('Risiken');
  });

  it('shows a milestone changed by someone else meanwhile at its fields, and keeps what was typed', async () => {
    await row(milestones(), PILOT)
      .getByRole('button', { name: `Bearbeiten: ${PILOT}` })
      .click();
    const panel = page.getByRole('region', { name: `„${PILOT}“ bearbeiten` });
    // Someone else gives the milestone a forecast while the form is open.
    await page.evaluate(async (title) => {
      const csrf = decodeURIComponent(/leitstand_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as {
          data: { project: { milestones: { id: string; title: string; version: number }[] } };
        };
      };
      const found = await ask('query($code: String!) { project(code: $code) { milestones { id title version } } }', {
        code: 'DIG-018',
      });
      const milestone = found.data.project.milestones.find((one) => one.title === title);
      if (!milestone) throw new Error(`no milestone ${title}`);
      await ask('mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }', {
        input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: '2027-07-31' },
      });
    }, PILOT);
    await panel.getByLabel('Beschreibung').fill('Erst das Personalamt, dann die Ämter der Stabsstelle.');
    await panel.getByRole('button', { name: 'Speichern' }).click();
    await panel.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
    await panel.getByText('Der aktuelle Stand ist geladen').waitFor();
    expect(await panel.getByLabel('Beschreibung').inputValue()).toBe(
      'Erst das Personalamt, dann die Ämter der Stabsstelle.',
    );
    expect(await panel.getByLabel('Prognose').inputValue()).toBe('2027-07-31');
    expect(await panel.getByText('Inzwischen auf dem Server: 31.07.2027').count()).toBe(1);
    await noViolations('milestone-conflict');
    await panel.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(`Der Meilenstein „${PILOT}“ ist gespeichert.`).waitFor();
    expect(await row(milestones(), PILOT).locator('.cell-note').first().textContent()).toBe(
      'Erst das Personalamt, dann die Ämter der Stabsstelle.',
    );
  });

  it('fits the forms into 320 CSS px and 1366 px', async () => {
    for (const width of [320, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await milestones().getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
      await risks().getByRole('button', { name: 'Risiko erfassen' }).click();
      await kpis().getByRole('button', { name: 'Kennzahl festlegen' }).click();
      for (const name of ['Neuer Meilenstein', 'Neues Risiko', 'Neue Kennzahl']) {
        const panel = page.getByRole('region', { name });
        const fits = await panel.evaluate((element) => element.scrollWidth <= element.clientWidth);
        expect(fits, `${name} at ${width} px`).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width} px`).toBe(
        0,
      );
      await screenshot(page, `parts-forms-${width}`);
      for (const section of [milestones(), risks(), kpis()]) {
        await section.locator('.form-panel').getByRole('button', { name: 'Abbrechen' }).click();
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  // Six forms and a dialog, each checked by axe-core: more than the suite's minute on a busy machine.
  it('has no violations in its forms and dialog in English', { timeout: 240_000 }, async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Milestones' }).waitFor();
    const forms: [name: string, open: () => Promise<unknown>, close: () => Promise<unknown>][] = [
      [
        'milestone-edit',
        () =>
          row(milestones(), PILOT)
            .getByRole('button', { name: `Edit: ${PILOT}` })
            .click(),
        () => milestones().locator('.form-panel').getByRole('button', { name: 'Cancel' }).click(),
      ],
      [
        'milestone-rebaseline',
        () =>
          row(milestones(), PILOT)
            .getByRole('button', { name: `Re-baseline: ${PILOT}` })
            .click(),
        () => milestones().locator('.form-panel').getByRole('button', { name: 'Cancel' }).click(),
      ],
      [
        'milestone-complete',
        () =>
          row(milestones(), PILOT)
            .getByRole('button', { name: `Report as done: ${PILOT}` })
            .click(),
        () => milestones().locator('.form-panel').getByRole('button', { name: 'Cancel' }).click(),
      ],
      [
        'milestone-delete',
        () =>
          row(milestones(), PILOT)
            .getByRole('button', { name: `Delete: ${PILOT}` })
            .click(),
        () => page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click(),
      ],
      [
        'kpi-record',
        () =>
          kpis()
            .getByRole('button', { name: `Record measurement: ${KPI}` })
            .click(),
        () => kpis().locator('.form-panel').getByRole('button', { name: 'Cancel' }).click(),
      ],
      [
        'risk-edit',
        () =>
          row(risks(), RISK)
            .getByRole('button', { name: `Edit: ${RISK}` })
            .click(),
        () => risks().locator('.form-panel').getByRole('button', { name: 'Cancel' }).click(),
      ],
    ];
    for (const [name, open, close] of forms) {
      await open();
      await page.locator('.form-panel, dialog[open]').first().waitFor();
      await noViolations(`${name}-en`);
      await close();
    }
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Meilensteine' }).waitFor();
  });

  it('offers a viewer no edit controls', async () => {
    const viewer = await freshPage(browser);
    try {
      await signIn(viewer.page, baseUrl, DEMO.viewer, `/projekte/${CODE}`);
      await ready(viewer.page);
      await viewer.page.getByRole('rowheader', { name: PILOT }).waitFor();
      for (const id of ['milestones', 'kpis', 'risks']) {
        expect(await viewer.page.locator(`#${id} button`).count(), id).toBe(0);
      }
      expect(await viewer.page.locator('main form').count()).toBe(0);
      await screenshot(viewer.page, 'parts-viewer');
    } finally {
      await viewer.context.close();
    }
  });
});
