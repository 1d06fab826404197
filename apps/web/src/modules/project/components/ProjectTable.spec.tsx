import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ProjectRowFragment } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ProjectTable } from './ProjectTable';

const reported: ProjectRowFragment = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-002',
  title: 'Einführung der E-Akte',
  phase: 'IN_PROGRESS',
  health: 'ON_TRACK',
  progress: 40,
  archivedAt: null,
  tags: ['E-Akte'],
  field: { __typename: 'FieldOfAction', id: 'f1', name: 'Digitale Verwaltung' },
  department: null,
  lead: null,
  sponsor: null,
  startDate: null,
  plannedEndDate: null,
  forecastEndDate: null,
  budget: { __typename: 'Budget', planned: null, spent: null, currency: 'EUR' },
  nextMilestone: {
    __typename: 'Milestone',
    id: 'm1',
    title: 'Rollout Welle 1',
    plannedDate: '2026-10-22',
    forecastDate: null,
    state: 'UPCOMING',
  },
  latestStatus: { __typename: 'StatusUpdate', id: 's1', createdAt: '2026-03-01T09:00:00.000Z' },
  endangeredBy: [],
};
const neverReported: ProjectRowFragment = {
  ...reported,
  id: 'p2',
  code: 'DIG-019',
  title: 'Chatbot für den Bürgerservice',
  latestStatus: null,
};

function table(locale: 'de' | 'en') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <I18nProvider>
      <MemoryRouter>
        <ProjectTable projects={[reported, neverReported]} sort={{ field: 'CODE', direction: 'ASC' }} />
      </MemoryRouter>
    </I18nProvider>,
  );
  const row = (code: string) => within(screen.getByRole('cell', { name: code }).closest('tr') as HTMLElement);
  return { row };
}

describe('ProjectTable', () => {
  it('says "Noch kein Bericht" for a project never reported on, not "Im Plan"', () => {
    const { row } = table('de');
    expect(row('DIG-019').getByText('Noch kein Bericht')).toBeTruthy();
    expect(row('DIG-019').queryByText('Im Plan')).toBeNull();
    expect(row('DIG-002').getByText('Im Plan')).toBeTruthy();
  });

  it('marks German titles, tags, fields and milestones as German in the English interface', () => {
    const { row } = table('en');
    const cells = row('DIG-002');
    for (const text of ['Einführung der E-Akte', 'E-Akte', 'Digitale Verwaltung', 'Rollout Welle 1']) {
      expect(cells.getByText(text).closest('[lang]')?.getAttribute('lang'), text).toBe('de');
    }
    expect(row('DIG-019').getByText('No report yet')).toBeTruthy();
  });

  it('adds no language of its own in the German interface', () => {
    const { row } = table('de');
    expect(row('DIG-002').getByText('Einführung der E-Akte').closest('[lang]')).toBe(document.documentElement);
  });
});
