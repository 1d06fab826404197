import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import type { RoadmapProject } from '../hooks/useRoadmap';
import { groupByField } from '../roadmap';
import { RoadmapTable, WINDOWED_FROM_ROWS } from './RoadmapTable';

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** A portfolio of `count` projects in 8 fields of action, each with `milestones` open milestones. */
function portfolio(count: number, milestones: number): RoadmapProject[] {
  return Array.from({ length: count }, (_, index) => ({
    __typename: 'Project' as const,
    id: `p${index}`,
    code: `DIG-${String(index + 1).padStart(4, '0')}`,
    title: `Projekt ${index + 1}`,
    health: 'ON_TRACK' as const,
    phase: 'IN_PROGRESS' as const,
    startDate: day(index % 200),
    plannedEndDate: day(400 + (index % 200)),
    forecastEndDate: null,
    actualEndDate: null,
    latestStatus: null,
    field: { __typename: 'FieldOfAction' as const, id: `f${index % 8}`, name: `Handlungsfeld ${index % 8}` },
    milestones: Array.from({ length: milestones }, (_, number) => ({
      __typename: 'Milestone' as const,
      id: `m${index}-${number}`,
      title: `Meilenstein ${number + 1} von ${index + 1}`,
      plannedDate: day((index % 200) + number * 30),
      forecastDate: null,
      completedDate: null,
      state: 'UPCOMING' as const,
      slipDays: 0,
    })),
  }));
}

function renderTable(projects: RoadmapProject[], collapsed: ReadonlySet<string> = new Set()) {
  const groups = groupByField(projects, 'de');
  render(
    <I18nProvider>
      <MemoryRouter>
        <RoadmapTable groups={groups} collapsed={collapsed} onToggle={() => undefined} noFieldLabel="Ohne" />
      </MemoryRouter>
    </I18nProvider>,
  );
  return groups;
}

const tables = () => screen.getAllByRole('table');
/** The rows of a table's body that assistive technology sees (not the space of the rows left out). */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const index = (row: HTMLElement) => Number(row.getAttribute('aria-rowindex'));

function setScroll(top: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
  Object.defineProperty(window, 'pageYOffset', { configurable: true, value: top });
  window.dispatchEvent(new Event('scroll'));
}

afterEach(() => setScroll(0));

describe('the roadmap table at 1,000 projects', () => {
  const projects = portfolio(1000, 7);

  it('draws a window of each table and says how many rows it has and which each drawn one is', () => {
    const groups = renderTable(projects);
    expect(tables()).toHaveLength(8);
    let drawn = 0;
    for (const [place, table] of tables().entries()) {
      const projectsInGroup = groups[place].projects;
      // The header and, for each project, its row and its 7 milestones'.
      expect(table.getAttribute('aria-rowcount')).toBe(String(1 + projectsInGroup.length * 8));
      expect(index(within(table).getAllByRole('row')[0])).toBe(1);
      const rows = bodyRows(table);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.length).toBeLessThan(100);
      drawn += rows.length;
      for (const row of rows) {
        const at = index(row) - 2;
        const project = projectsInGroup[Math.floor(at / 8)];
        const name = within(row).getByRole('rowheader').textContent;
        expect(name).toBe(at % 8 === 0 ? `${project.code} ${project.title}` : project.milestones[(at % 8) - 1].title);
      }
    }
    expect(drawn).toBeLessThan(1000);
    // What is not drawn stands in as space, hidden from assistive technology.
    const spacer = document.querySelector('.roadmap-table-spacer');
    expect(spacer?.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws the rows where the window has scrolled to, and keeps the focused row', async () => {
    renderTable(projects);
    const first = tables()[0];
    const link = within(first).getAllByRole('link')[0];
    act(() => link.focus());
    // 40 projects down the first table (each project and its milestones estimated at 42 + 7 × 38 px).
    await act(async () => setScroll(40 * (42 + 7 * 38)));
    const indexes = bodyRows(first).map(index);
    const top = 2 + 40 * 8;
    expect(indexes).toContain(top);
    // The focused row stays, with the projects before and after it, where Tab and Shift+Tab go.
    expect(document.activeElement).toBe(link);
    expect(indexes.slice(0, 2)).toEqual([2, 10]);
    expect(indexes[2]).toBeGreaterThan(100);
    // From a project in view, Tab reaches the next project and Shift+Tab the one before: both are drawn.
    const inView = bodyRows(first).filter(
      (row) => row.classList.contains('roadmap-table-project') && index(row) >= top && index(row) < top + 768 / 38,
    );
    expect(inView.length).toBeGreaterThan(0);
    for (const row of inView) {
      expect(indexes).toContain(index(row) + 8);
      expect(indexes).toContain(index(row) - 8);
    }
  });

  it('draws every row while the page prints, and a window again afterwards', { timeout: 60_000 }, () => {
    renderTable(projects);
    expect(document.querySelectorAll('.roadmap-table-project').length).toBeLessThan(1000);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelectorAll('.roadmap-table-project')).toHaveLength(1000);
    expect(document.querySelectorAll('.roadmap-table-milestone')).toHaveLength(7000);
    expect(document.querySelector('.roadmap-table-spacer')).toBeNull();
    for (const table of tables()) {
      expect(bodyRows(table).map(index)).toEqual(
        Array.from({ length: Number(table.getAttribute('aria-rowcount')) - 1 }, (_, at) => at + 2),
      );
    }
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelectorAll('.roadmap-table-project').length).toBeLessThan(1000);
  });

  it('draws no rows of a folded field of action', () => {
    const groups = groupByField(projects, 'de');
    renderTable(projects, new Set([groups[0].id ?? 'none']));
    const [folded, next] = screen.getAllByRole('table', { hidden: true });
    expect(folded.closest('[hidden]')).not.toBeNull();
    expect(folded.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(folded.getAttribute('aria-rowcount')).toBe(String(1 + groups[0].projects.length * 8));
    expect(bodyRows(next).length).toBeGreaterThan(0);
  });
});

describe('the roadmap table of a small portfolio', () => {
  it('draws every row, numbered in order', () => {
    const projects = portfolio(40, 3);
    expect(40 * 4).toBeLessThan(WINDOWED_FROM_ROWS);
    renderTable(projects);
    expect(document.querySelectorAll('.roadmap-table-project')).toHaveLength(40);
    for (const table of tables()) {
      const rows = bodyRows(table);
      expect(table.getAttribute('aria-rowcount')).toBe(String(rows.length + 1));
      expect(rows.map(index)).toEqual(rows.map((_, at) => at + 2));
    }
    expect(document.querySelector('.roadmap-table-spacer')).toBeNull();
  });
});
