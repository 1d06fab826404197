import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  EMPTY_FILTER,
  filterQuery,
  parseView,
  ProjectViewState,
  toProjectFilter,
  writeView,
} from './filter-url';

const fullView: ProjectViewState = {
  filter: {
    search: 'E-Akte',
    health: ['AT_RISK', 'OFF_TRACK'],
    phase: ['IN_PROGRESS'],
    strategyId: 'U3RyYXRlZ3k6MQ==',
    fieldId: ['RmllbGQ6Mg=='],
    departmentId: ['RGVwOjM='],
    leadId: ['UGVyc29uOjQ='],
    tags: ['Scan', 'Post & Eingang'],
    staleForDays: 30,
    milestoneState: ['DUE_SOON', 'OVERDUE'],
    reported: true,
    includeArchived: true,
  },
  sort: { field: 'PLANNED_END_DATE', direction: 'DESC' },
  page: 3,
};

describe('the filter state in the address', () => {
  it('keeps "show archived" as archivierte=ja and hands it to the API', () => {
    const view = { ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, includeArchived: true } };
    expect(writeView(view).toString()).toBe('archivierte=ja');
    expect(parseView(new URLSearchParams('archivierte=ja'))).toEqual(view);
    expect(parseView(new URLSearchParams('archivierte=vielleicht'))).toEqual(DEFAULT_VIEW);
    expect(toProjectFilter(view.filter)).toEqual({ includeArchived: true });
  });

  it('keeps "with a report" as bericht=ja and "without any" as bericht=nein, and hands them to the API', () => {
    for (const [reported, param] of [
      [true, 'ja'],
      [false, 'nein'],
    ] as const) {
      const view = { ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, reported } };
      expect(writeView(view).toString()).toBe(`bericht=${param}`);
      expect(parseView(new URLSearchParams(`bericht=${param}`))).toEqual(view);
      expect(toProjectFilter(view.filter)).toEqual({ reported });
    }
    expect(parseView(new URLSearchParams('bericht=vielleicht'))).toEqual(DEFAULT_VIEW);
  });

  it('comes back unchanged from its own address', () => {
    const address = writeView(fullView).toString();
    expect(parseView(new URLSearchParams(address))).toEqual(fullView);
  });

  it('gives the same address again when read and written (a stable, shareable link)', () => {
    const address = writeView(fullView).toString();
    expect(writeView(parseView(new URLSearchParams(address))).toString()).toBe(address);
  });

  it('leaves defaults out, so that the plain list has a plain address', () => {
    expect(writeView(DEFAULT_VIEW).toString()).toBe('');
    expect(parseView(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });

  it('uses readable German parameter names with the API enum values', () => {
    const address = writeView({
      ...DEFAULT_VIEW,
      filter: { ...EMPTY_FILTER, health: ['OFF_TRACK'], search: 'Chatbot' },
    });
    expect(address.toString()).toBe('suche=Chatbot&status=OFF_TRACK');
  });

  it('writes several values of a filter in a fixed order, whatever order they were chosen in', () => {
    const a = writeView({ ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, health: ['OFF_TRACK', 'ON_TRACK'] } });
    const b = writeView({ ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, health: ['ON_TRACK', 'OFF_TRACK'] } });
    expect(a.toString()).toBe(b.toString());
  });

  it('drops what a hand-edited or outdated link gets wrong instead of failing', () => {
    const view = parseView(
      new URLSearchParams(
        'status=GREEN&status=AT_RISK&phase=DONE&sortierung=BUDGET&richtung=UP&seite=-2&ohne-bericht-seit=x',
      ),
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, health: ['AT_RISK'] } });
  });

  it('keeps the milestone states as meilensteine=…, in the order of the states, and hands them to the API', () => {
    const view: ProjectViewState = {
      ...DEFAULT_VIEW,
      filter: { ...EMPTY_FILTER, milestoneState: ['OVERDUE', 'DUE_SOON'] },
    };
    const address = writeView(view);
    expect(address.toString()).toBe('meilensteine=DUE_SOON&meilensteine=OVERDUE');
    const read = parseView(new URLSearchParams('meilensteine=OVERDUE&meilensteine=DUE_SOON'));
    expect(read.filter.milestoneState).toEqual(['DUE_SOON', 'OVERDUE']);
    expect(writeView(read).toString()).toBe(address.toString());
    expect(toProjectFilter(read.filter)).toEqual({ milestoneState: ['DUE_SOON', 'OVERDUE'] });
  });

  it('drops a milestone state that does not exist, keeping the others', () => {
    const read = parseView(new URLSearchParams('meilensteine=LATE&meilensteine=OVERDUE'));
    expect(read.filter).toEqual({ ...EMPTY_FILTER, milestoneState: ['OVERDUE'] });
  });

  it('keeps special characters of search and tags intact', () => {
    const view = { ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, search: 'a&b=c ü', tags: ['x,y'] } };
    expect(parseView(new URLSearchParams(writeView(view).toString())).filter).toEqual(view.filter);
  });
});

describe('toProjectFilter', () => {
  it('is null for an empty filter, so that the API gets no filter at all', () => {
    expect(toProjectFilter(EMPTY_FILTER)).toBeNull();
  });
  it('passes only what is set', () => {
    expect(toProjectFilter({ ...EMPTY_FILTER, health: ['AT_RISK'], staleForDays: 30, search: '  ' })).toEqual({
      health: ['AT_RISK'],
      staleForDays: 30,
    });
  });
});

describe('filterQuery', () => {
  it('makes a link query for a filter, or nothing', () => {
    expect(filterQuery(EMPTY_FILTER)).toBe('');
    expect(filterQuery({ ...EMPTY_FILTER, phase: ['PLANNED'] })).toBe('?phase=PLANNED');
  });
});
