import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, freshPage, ready, signIn } from './support/app';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser';

/**
 * What a new user ran into on screens of every size: figures broken across lines, a list cut on a
 * laptop, a card wider than a phone, charts gone in a contrast theme, German text read as English,
 * the focus lost after reloading a report.
 */
describe('layout on phones, laptops and in contrast themes', () => {
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

  async function open(path: string, width: number, height = 800) {
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}${path}`);
    await ready(page);
  }

  /** How far the page scrolls sideways: 0 where everything fits the viewport. */
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  for (const width of [1366, 1024, 320]) {
    it(`keeps each key figure of the dashboard on one line at ${width} px`, async () => {
      await open('/', width);
      const figures = await page.locator('.key-figures > div').evaluateAll((tiles) =>
        tiles.map((tile) => {
          const value = tile.querySelector('dd') as HTMLElement;
          const range = document.createRange();
          range.selectNodeContents(value);
          const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          return {
            text: value.textContent ?? '',
            lines: lines.size,
            overflows: value.scrollWidth > value.clientWidth || tile.scrollWidth > tile.clientWidth,
          };
        }),
      );
      expect(figures).toHaveLength(6);
      expect(figures.some((figure) => figure.text.includes('€'))).toBe(true);
      for (const figure of figures) {
        expect(figure.lines, figure.text).toBe(1);
        expect(figure.overflows, figure.text).toBe(false);
      }
      expect(await sideways()).toBe(0);
      await screenshot(page, `layout-key-figures-${width}`);
    });
  }

  it('shows every column of the project list on a 1366 px laptop without scrolling sideways', async () => {
    await open('/projekte', 1366, 768);
    const table = page.locator('.project-table');
    await table.waitFor();
    const fit = await table.evaluate((element) => {
      const wrap = element.closest('.table-wrap') as HTMLElement;
      const last = element.querySelector('thead th:last-child') as HTMLElement;
      return {
        scrolls: wrap.scrollWidth > wrap.clientWidth,
        lastRight: last.getBoundingClientRect().right,
        wrapRight: wrap.getBoundingClientRect().right,
        last: last.textContent,
      };
    });
    expect(fit.last).toBe('Nächster Meilenstein');
    expect(fit.scrolls).toBe(false);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.wrapRight + 0.5);
    expect(await sideways()).toBe(0);
    await screenshot(page, 'layout-project-list-1366');
  });

  it('fits the key-figure cards of a project into 320 px (a phone, or 200 % zoom)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/projekte`);
    await ready(page);
    const codes = await page.locator('.project-table tbody tr td:first-child').allTextContents();
    expect(codes.length).toBeGreaterThan(5);
    let cards = 0;
    for (const code of codes) {
      await open(`/projekte/${encodeURIComponent(code.trim())}`, 320);
      const kpis = await page.locator('#kpis .kpi').evaluateAll((sections) =>
        sections.map((section) => ({
          name: section.querySelector('h3')?.textContent ?? '',
          wider: section.scrollWidth > section.clientWidth,
          scrolls: Array.from(section.querySelectorAll('.table-wrap')).some(
            (wrap) => wrap.scrollWidth > wrap.clientWidth,
          ),
          right: section.getBoundingClientRect().right,
        })),
      );
      for (const kpi of kpis) {
        expect(kpi.wider, `${code} ${kpi.name}`).toBe(false);
        expect(kpi.scrolls, `${code} ${kpi.name}`).toBe(false);
        expect(kpi.right, `${code} ${kpi.name}`).toBeLessThanOrEqual(320);
      }
      cards += kpis.length;
      expect(await sideways(), code).toBe(0);
    }
    expect(cards).toBeGreaterThan(0);
    await screenshot(page, 'layout-kpis-320');
  });

  describe('in forced colours (a Windows contrast theme)', () => {
    beforeAll(async () => {
      await page.emulateMedia({ forcedColors: 'active' });
    });
    afterAll(async () => {
      await page.emulateMedia({ forcedColors: 'none' });
    });

    it('still draws the bars of the dashboard charts', async () => {
      await open('/', 1280);
      const bars = await page.locator('.bar-chart .bar').evaluateAll((elements) =>
        elements
          .filter((bar) => bar.getBoundingClientRect().width > 0)
          .map((bar) => {
            const own = getComputedStyle(bar);
            const track = getComputedStyle(bar.parentElement as HTMLElement);
            return {
              visible: own.backgroundImage !== 'none' || own.backgroundColor !== track.backgroundColor,
              label: bar.closest('.bar-row')?.textContent ?? '',
            };
          }),
      );
      expect(bars.length).toBeGreaterThan(5);
      for (const bar of bars) expect(bar.visible, bar.label).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'layout-forced-colours-dashboard');
    });

    it("draws the time axis and the key figures' lines in the theme's own colours", async () => {
      await open('/projekte/DIG-002', 1280);
      const drawn = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const system = ['CanvasText', 'Canvas', 'Highlight', 'GrayText', 'LinkText'].map((name) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        });
        probe.remove();
        const paint = (selector: string, property: 'fill' | 'stroke') =>
          Array.from(document.querySelectorAll(selector)).map((element) => ({
            selector,
            colour: getComputedStyle(element)[property],
          }));
        return {
          system,
          marks: [
            ...paint('.timeline .due-marker', 'fill'),
            ...paint('.timeline .baseline-marker', 'stroke'),
            ...paint('.timeline text', 'fill'),
            ...paint('.timeline .slip', 'stroke'),
            ...paint('.line-chart .series', 'stroke'),
            ...paint('.line-chart .series-point', 'fill'),
          ],
        };
      });
      for (const selector of ['.due-marker', '.baseline-marker', 'text', '.series', '.series-point']) {
        expect(
          drawn.marks.some((mark) => mark.selector.endsWith(selector)),
          selector,
        ).toBe(true);
      }
      for (const mark of drawn.marks) expect(drawn.system, mark.selector).toContain(mark.colour);
      await screenshot(page, 'layout-forced-colours-project');
    });
  });

  it('after "Aktuellen Stand laden" keeps the focus on the report, not on the page', async () => {
    await open('/projekte/DIG-003/statusbericht', 1280);
    // Someone else moves a milestone's forecast while the report is being written.
    const milestone = await page.evaluate(async () => {
      const csrf = decodeURIComponent(/leitstand_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: Record<string, unknown> };
      };
      const found = await ask(
        'query($code: String!) { project(code: $code) { milestones { id title state version } } }',
        {
          code: 'DIG-003',
        },
      );
      const open = (
        found.data.project as { milestones: { id: string; title: string; state: string; version: number }[] }
      ).milestones.find((one) => one.state === 'UPCOMING');
      if (!open) throw new Error('DIG-003 has no upcoming milestone');
      await ask('mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id version } }', {
        input: { id: open.id, expectedVersion: open.version, forecastDate: '2027-09-30' },
      });
      return open.title;
    });
    await page.getByLabel('Zusammenfassung').fill('Die App wächst weiter.');
    await page.getByLabel(`Prognose für „${milestone}“`).fill('2027-10-31');
    await page.getByRole('button', { name: 'Statusbericht speichern' }).click();
    await page.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
    await page.getByText('Der aktuelle Stand ist geladen').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName))
      .toMatch(/^Der aktuelle Stand ist geladen/);
    expect(await page.getByLabel('Zusammenfassung').inputValue()).toBe('Die App wächst weiter.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('marks German content as German in the English interface', async () => {
    await open('/projekte/DIG-002', 1280);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Milestones' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const languages = await page.evaluate(() => {
      const langOf = (element: Element | null | undefined) => element?.closest('[lang]')?.getAttribute('lang') ?? null;
      const first = (selector: string) => document.querySelector(selector);
      return {
        title: langOf(Array.from(first('main h1')?.querySelectorAll('span') ?? []).at(-1)),
        summary: langOf(first('.project-summary')),
        milestone: langOf(first('#milestones tbody th')),
        report: langOf(first('#status dd')),
        kpi: langOf(first('#kpis h3')),
        risk: langOf(first('#risks tbody th')),
        heading: langOf(first('#milestones-heading')),
      };
    });
    expect(languages).toEqual({
      title: 'de',
      summary: 'de',
      milestone: 'de',
      report: 'de',
      kpi: 'de',
      risk: 'de',
      heading: 'en',
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Meilensteine' }).waitFor();
  });
});
