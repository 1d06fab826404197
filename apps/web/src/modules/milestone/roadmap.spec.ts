import { describe, expect, it } from 'vitest';
import { loadAllPages, Page } from '../../graphql/all-pages';
import { groupByField, roadmapAxis } from './roadmap';

const field = (id: string, name: string) => ({ id, name });

describe('groupByField', () => {
  it('groups every project by its field of action, fields by name, those without one last', () => {
    const projects = [
      { code: 'DIG-001', field: field('f2', 'Mobiles Arbeiten') },
      { code: 'DIG-002', field: null },
      { code: 'DIG-003', field: field('f1', 'Digitale Verwaltung') },
      { code: 'DIG-004', field: field('f2', 'Mobiles Arbeiten') },
      { code: 'DIG-005', field: field('f3', 'Ämterübergreifend') },
    ];
    const groups = groupByField(projects, 'de');
    expect(groups.map((group) => group.name)).toEqual([
      'Ämterübergreifend',
      'Digitale Verwaltung',
      'Mobiles Arbeiten',
      null,
    ]);
    expect(groups[2].projects.map((project) => project.code)).toEqual(['DIG-001', 'DIG-004']);
    expect(groups.flatMap((group) => group.projects)).toHaveLength(projects.length);
  });
});

describe('roadmapAxis', () => {
  const dates = ['2026-02-10', '2027-05-20', '2026-11-30'];

  it('ticks at each quarter from the quarter of the earliest date to that of the latest', () => {
    const axis = roadmapAxis(dates, 'quarter');
    expect(axis.ticks.map((tick) => [tick.year, tick.quarter])).toEqual([
      [2026, 1],
      [2026, 2],
      [2026, 3],
      [2026, 4],
      [2027, 1],
      [2027, 2],
    ]);
    expect(axis.ticks[0].date).toBe('2026-01-01');
    expect(axis.x('2026-01-01')).toBe(0);
    expect(axis.x('2026-04-01')).toBe(axis.ticks[1].offset);
    // The axis ends with the quarter of the latest date, which lies on it.
    expect(axis.x('2027-05-20')).toBeLessThan(axis.width);
    expect(axis.x('2027-07-01')).toBe(axis.width);
  });

  it('ticks at each year at the year zoom, over a quarter of the width per day', () => {
    const years = roadmapAxis(dates, 'year');
    const quarters = roadmapAxis(dates, 'quarter');
    expect(years.ticks.map((tick) => [tick.date, tick.quarter])).toEqual([
      ['2026-01-01', null],
      ['2027-01-01', null],
    ]);
    expect(years.width).toBe(Math.round(730 * 0.5));
    const span = (axis: typeof years) => axis.x('2026-12-31') - axis.x('2026-01-01');
    expect(span(quarters)).toBe(4 * span(years));
  });
});

describe('loadAllPages', () => {
  function connection(total: number, size: number) {
    const asked: (string | null)[] = [];
    const fetchPage = async (after: string | null): Promise<Page<number>> => {
      asked.push(after);
      const start = after === null ? 0 : Number(after);
      const nodes = Array.from({ length: Math.min(size, total - start) }, (_, index) => start + index);
      const end = start + nodes.length;
      return { totalCount: total, nodes, pageInfo: { hasNextPage: end < total, endCursor: String(end) } };
    };
    return { asked, fetchPage };
  }

  it('asks page after page with the cursor of the one before until the last, and keeps every item', async () => {
    const { asked, fetchPage } = connection(250, 100);
    const progress: string[] = [];
    const all = await loadAllPages(fetchPage, (loaded, total) => progress.push(`${loaded.length}/${total}`));
    expect(all).toEqual(Array.from({ length: 250 }, (_, index) => index));
    expect(asked).toEqual([null, '100', '200']);
    expect(progress).toEqual(['100/250', '200/250', '250/250']);
  });

  it('asks once for an empty portfolio', async () => {
    const { asked, fetchPage } = connection(0, 100);
    expect(await loadAllPages(fetchPage, () => undefined)).toEqual([]);
    expect(asked).toEqual([null]);
  });
});
