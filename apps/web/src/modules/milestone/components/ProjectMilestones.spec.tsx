import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ProjectMilestones } from './ProjectMilestones';

const overdue: ProjectMilestoneFragment = {
  __typename: 'Milestone',
  id: 'm1',
  title: 'Rollout Welle 1 (sechs Ämter)',
  description: null,
  plannedDate: '2026-10-22',
  forecastDate: null,
  completedDate: null,
  state: 'OVERDUE',
  slipDays: 0,
  version: 1,
  owner: null,
  rebaselines: [],
};

function row(title: string, locale: 'de' | 'en' = 'de') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <I18nProvider>
      <ProjectMilestones milestones={[overdue]} />
    </I18nProvider>,
  );
  return within(screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLElement);
}

describe('ProjectMilestones', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('never calls an overdue milestone "im Plan" or "wie geplant"', () => {
    const cells = row(overdue.title);
    expect(cells.queryByText('im Plan')).toBeNull();
    expect(cells.queryByText('wie geplant')).toBeNull();
    expect(cells.getByText('keine neue Prognose')).toBeTruthy();
    expect(cells.getByText('seit 10 Tagen überfällig')).toBeTruthy();
    expect(cells.getByText('Überfällig')).toBeTruthy();
  });

  it('says the same in English', () => {
    const cells = row(overdue.title, 'en');
    expect(cells.queryByText('as planned')).toBeNull();
    expect(cells.getByText('no new forecast')).toBeTruthy();
    expect(cells.getByText('10 days overdue')).toBeTruthy();
  });
});
