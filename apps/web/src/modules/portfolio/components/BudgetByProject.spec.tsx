import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BudgetProjectsDocument, BudgetProjectsQuery } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { EMPTY_FILTER } from '../../project/filter-url';
import { BudgetByProject } from './BudgetByProject';

type Node = BudgetProjectsQuery['projects']['nodes'][number];

const fields = [
  { __typename: 'FieldOfAction' as const, id: 'f1', name: 'Digitale Verwaltung' },
  { __typename: 'FieldOfAction' as const, id: 'f2', name: 'Bürgerservices' },
];

/** 105 projects (two pages): every tenth over budget (by one cent, or by a lot), every seventh without a field. */
const projects: Node[] = Array.from({ length: 105 }, (_, index) => {
  const number = index + 1;
  const over = number % 10 === 0;
  return {
    __typename: 'Project',
    id: `p${number}`,
    code: `DIG-${String(number).padStart(3, '0')}`,
    title: `Projekt ${number}`,
    field: number % 7 === 0 ? null : fields[number % 2],
    budget: {
      __typename: 'Budget',
      planned: '100000.00',
      spent: over ? (number === 10 ? '100000.01' : '125000.50') : '40000.00',
      currency: 'EUR',
    },
  };
});

function page(from: number, to: number, hasNextPage: boolean) {
  return {
    request: {
      query: BudgetProjectsDocument,
      variables: { filter: null, first: 100, after: from === 0 ? null : `c${from}` },
    },
    result: {
      data: {
        projects: {
          __typename: 'ProjectConnection' as const,
          totalCount: projects.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `c${to}` },
          nodes: projects.slice(from, to),
        },
      },
    },
  };
}

function renderTable(locale: 'de' | 'en' = 'de') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <MockedProvider mocks={[page(0, 100, true), page(100, 105, false)]}>
      <I18nProvider>
        <MemoryRouter>
          <BudgetByProject filter={EMPTY_FILTER} />
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('BudgetByProject', { timeout: 30_000 }, () => {
  it('shows every project of both pages, grouped by field of action, and marks the overspent in words', async () => {
    renderTable();
    expect(
      await screen.findByText('105 Projekte, davon 10 mit überschrittenem Budget', {}, { timeout: 5000 }),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Budget nach Projekt' });
    const groups = [...table.querySelectorAll('th[scope="colgroup"]')].map((cell) => cell.textContent);
    expect(groups).toEqual(['Bürgerservices', 'Digitale Verwaltung', 'Ohne Handlungsfeld']);
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(105);

    const row = (code: string) =>
      within(table.querySelector(`a[href="/projekte/${code}"]`)?.closest('tr') as HTMLElement);
    const byOneCent = row('DIG-010');
    expect(byOneCent.getByText(/überschritten um 0,01\s€/)).toBeTruthy();
    const inBudget = row('DIG-011');
    expect(inBudget.getByText('im Rahmen')).toBeTruthy();
    expect(inBudget.getByText('40 %')).toBeTruthy();
  });

  it('narrows the table to the projects over budget', async () => {
    renderTable();
    await screen.findByText('105 Projekte, davon 10 mit überschrittenem Budget', {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nur Projekte mit überschrittenem Budget' }));
    const table = screen.getByRole('table', { name: 'Budget nach Projekt' });
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(10);
    expect(table.querySelectorAll('td.budget-over')).toHaveLength(10);
  });

  it('says the same in English', async () => {
    renderTable('en');
    expect(await screen.findByText('105 projects, 10 of them over budget', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText(/over by €25,000\.50/, { selector: 'td' })).toHaveLength(9);
  });
});
