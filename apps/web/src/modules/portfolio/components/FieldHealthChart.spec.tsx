import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { EMPTY_FILTER } from '../../project/filter-url';
import { FieldHealthChart } from './FieldHealthChart';

const count = (health: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK', value: number) => ({
  __typename: 'HealthCount' as const,
  health,
  count: value,
});

const byField = [
  {
    __typename: 'FieldSummary' as const,
    field: { __typename: 'FieldOfAction' as const, id: 'f1', name: 'Digitale Verwaltung' },
    projectCount: 6,
    notReported: 2,
    byHealth: [count('ON_TRACK', 4), count('AT_RISK', 1), count('OFF_TRACK', 1)],
  },
];

afterEach(() => localStorage.clear());

describe('the chart of fields of action by health', () => {
  it("shows each field's projects without a report apart from those on track, each count a link to just those", () => {
    localStorage.setItem('leitstand.locale', 'de');
    render(
      <I18nProvider>
        <MemoryRouter>
          <FieldHealthChart byField={byField} filter={EMPTY_FILTER} />
        </MemoryRouter>
      </I18nProvider>,
    );
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Handlungsfeld', 'Im Plan', 'Gefährdet', 'Kritisch', 'Noch kein Bericht', 'Gesamt']);
    const [row] = within(table).getAllByRole('row').slice(1);
    const links = within(row).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Digitale Verwaltung', '2', '1', '1', '2', '6']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/projekte?handlungsfeld=f1',
      '/projekte?status=ON_TRACK&handlungsfeld=f1&bericht=ja',
      '/projekte?status=AT_RISK&handlungsfeld=f1',
      '/projekte?status=OFF_TRACK&handlungsfeld=f1',
      '/projekte?handlungsfeld=f1&bericht=nein',
      '/projekte?handlungsfeld=f1',
    ]);
  });
});
