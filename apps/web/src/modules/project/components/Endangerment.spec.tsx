import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectEndangermentFragment } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { EndangeredBadge, EndangeredNotice } from './Endangerment';

const byStart: ProjectEndangermentFragment = {
  __typename: 'Endangerment',
  by: { __typename: 'Project', id: 'p10', code: 'DIG-010', title: 'Einführung der E-Akte' },
  expectedEnd: '2027-08-19',
  milestone: null,
  date: '2027-08-18',
  days: 1,
};
const byMilestone: ProjectEndangermentFragment = {
  __typename: 'Endangerment',
  by: { __typename: 'Project', id: 'p2', code: 'DIG-002', title: 'Basisdienste' },
  expectedEnd: '2027-08-19',
  milestone: { __typename: 'Milestone', id: 'm1', title: 'Ende-zu-Ende-Anbindung' },
  date: '2027-06-20',
  days: 60,
};

function show(locale: 'de' | 'en', ui: React.ReactNode) {
  localStorage.setItem('leitstand.locale', locale);
  return render(
    <I18nProvider>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nProvider>,
  );
}

describe('a project endangered by its prerequisites', () => {
  afterEach(() => localStorage.clear());

  it('names every prerequisite in the list row, and nothing where none endangers the project', () => {
    const { container, unmount } = show('de', <EndangeredBadge endangerments={[byStart, byMilestone]} />);
    expect(container.textContent).toBe('Gefährdet durch DIG-010, DIG-002');
    unmount();
    expect(show('de', <EndangeredBadge endangerments={[]} />).container.textContent).toBe('');
    expect(show('de', <EndangeredNotice endangerments={[]} />).container.textContent).toBe('');
  });

  it('says on the page when each is expected to end and which point of the project it passes', () => {
    show('de', <EndangeredNotice endangerments={[byStart, byMilestone]} />);
    const [start, milestone] = screen.getAllByRole('listitem');
    expect(start.textContent).toBe(
      'DIG-010 Einführung der E-Akte endet voraussichtlich am 19.08.2027, 1 Tag nach dem Projektstart am 18.08.2027.',
    );
    expect(milestone.textContent).toBe(
      'DIG-002 Basisdienste endet voraussichtlich am 19.08.2027, 60 Tage nach dem Meilenstein vom 20.06.2027: Ende-zu-Ende-Anbindung',
    );
    // The milestone's title is a quotation; the browser sets its quotation marks in the page's language.
    expect(screen.getByText('Ende-zu-Ende-Anbindung').tagName).toBe('Q');
    expect(screen.getByRole('link', { name: 'DIG-002' }).getAttribute('href')).toBe('/projekte/DIG-002');
  });

  it('speaks English in the English interface and marks the German titles as German', () => {
    show('en', <EndangeredNotice endangerments={[byMilestone]} />);
    expect(screen.getByText('Endangered by DIG-002')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toContain('is expected to end on');
    expect(screen.getByText('Ende-zu-Ende-Anbindung').getAttribute('lang')).toBe('de');
    expect(screen.getByText('Basisdienste').getAttribute('lang')).toBe('de');
  });
});
