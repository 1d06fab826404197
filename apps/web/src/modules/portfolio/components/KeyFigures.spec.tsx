import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { EMPTY_FILTER } from '../../project/filter-url';
import { KeyFigures } from './KeyFigures';

const summary = {
  projectCount: 18,
  milestonesOverdue: 5,
  milestonesDueSoon: 3,
  staleProjects: 2,
  budgetPlanned: '1000.00',
  budgetSpent: '500.00',
} as DashboardQuery['portfolioSummary'];

afterEach(() => localStorage.clear());

describe("the dashboard's key figures", () => {
  it('link the overdue and due-soon milestones to the list of the projects concerned, in the same selection', () => {
    localStorage.setItem('leitstand.locale', 'de');
    const department = '6f1c2a9e-0d3b-4c2a-9e51-3b7d0f6a8c11';
    render(
      <I18nProvider>
        <MemoryRouter>
          <KeyFigures summary={summary} filter={{ ...EMPTY_FILTER, departmentId: [department] }} />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: '5' }).getAttribute('href')).toBe(
      `/projekte?amt=${department}&meilensteine=OVERDUE`,
    );
    expect(screen.getByRole('link', { name: '3' }).getAttribute('href')).toBe(
      `/projekte?amt=${department}&meilensteine=DUE_SOON`,
    );
  });
});
