import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { EMPTY_FILTER } from '../../project/filter-url';
import { HealthChart } from './HealthChart';

const byHealth = [
  { __typename: 'HealthCount' as const, health: 'ON_TRACK' as const, count: 10 },
  { __typename: 'HealthCount' as const, health: 'AT_RISK' as const, count: 4 },
  { __typename: 'HealthCount' as const, health: 'OFF_TRACK' as const, count: 2 },
];

function renderChart(notReported: number, locale: 'de' | 'en' = 'de') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <I18nProvider>
      <MemoryRouter>
        <HealthChart byHealth={byHealth} notReported={notReported} filter={EMPTY_FILTER} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

afterEach(() => localStorage.clear());

describe('the chart of projects by health', () => {
  it('shows the projects without a report as "Noch kein Bericht", not as "Im Plan"', () => {
    renderChart(3);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Projekte nach Status: Im Plan 7, Gefährdet 4, Kritisch 2, Noch kein Bericht 3',
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Im Plan7', 'Gefährdet4', 'Kritisch2', 'Noch kein Bericht3']);
  });

  it('links each slice to the list of just the projects it counts', () => {
    renderChart(3);
    const table = screen.getByRole('table');
    const href = (name: string) => within(table).getByRole('link', { name }).getAttribute('href');
    expect(href('Kritisch')).toBe('/projekte?status=OFF_TRACK');
    // "Im Plan" counts the reported ones only; the others are a slice of their own.
    expect(href('Im Plan')).toBe('/projekte?status=ON_TRACK&bericht=ja');
    expect(href('Noch kein Bericht')).toBe('/projekte?bericht=nein');
    expect(within(table).getAllByRole('link')).toHaveLength(4);
  });

  it('says it in English too, with a zero where every project has reported', () => {
    renderChart(0, 'en');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Projects by health: On track 10, At risk 4, Off track 2, No report yet 0',
    );
  });
});
