import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportSummaryQuery } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ReportSummary } from './ReportSummary';

const summary: ReportSummaryQuery['portfolioSummary'] = {
  __typename: 'PortfolioSummary',
  projectCount: 9,
  byHealth: [
    { __typename: 'HealthCount', health: 'ON_TRACK', count: 5 },
    { __typename: 'HealthCount', health: 'AT_RISK', count: 3 },
    { __typename: 'HealthCount', health: 'OFF_TRACK', count: 1 },
  ],
  byPhase: [{ __typename: 'PhaseCount', phase: 'IN_PROGRESS', count: 9 }],
  budgetPlanned: '0.00',
  budgetSpent: '0.00',
  milestonesOverdue: 0,
  milestonesDueSoon: 0,
  notReported: 2,
};

afterEach(() => localStorage.clear());

describe("the Sachstandsbericht's figures", () => {
  it('show the projects not reported on by the Stichtag as their own row, not as "Im Plan"', () => {
    localStorage.setItem('leitstand.locale', 'de');
    render(
      <I18nProvider>
        <ReportSummary summary={summary} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Projekte nach Status' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Im Plan3', 'Gefährdet3', 'Kritisch1', 'Noch kein Bericht2']);
    expect(screen.getAllByRole('img')[0].getAttribute('aria-label')).toContain('Im Plan 3');
  });
});
