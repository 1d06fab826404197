import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ProjectDependencies } from './ProjectDependencies';

const eAkte: ProjectDetailFragment['dependsOn'][number] = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-002',
  title: 'Einführung der E-Akte',
  health: 'AT_RISK',
  phase: 'IN_PROGRESS',
  latestStatus: { __typename: 'StatusUpdate', id: 's1' },
};
const chatbot = { ...eAkte, id: 'p2', code: 'DIG-019', title: 'Chatbot für den Bürgerservice', latestStatus: null };

function show(dependsOn: (typeof eAkte)[], dependents: (typeof eAkte)[]) {
  localStorage.setItem('leitstand.locale', 'de');
  render(
    <I18nProvider>
      <MemoryRouter>
        <ProjectDependencies dependsOn={dependsOn} dependents={dependents} />
      </MemoryRouter>
    </I18nProvider>,
  );
  const section = screen.getByRole('region', { name: 'Abhängigkeiten' });
  /** The list under a heading of the section, as its links' texts. */
  const under = (heading: string) => {
    const list = screen.getByRole('heading', { name: heading }).nextElementSibling?.nextElementSibling;
    return list?.tagName === 'UL'
      ? within(list as HTMLElement)
          .getAllByRole('link')
          .map((link) => link.textContent)
      : [];
  };
  return { section, under };
}

describe('ProjectDependencies', () => {
  it('shows what the project depends on and, apart from it, which projects depend on it, each a link', () => {
    const { under } = show([eAkte], [chatbot]);
    expect(under('Hängt ab von')).toEqual(['DIG-002 Einführung der E-Akte']);
    expect(under('Davon hängen ab')).toEqual(['DIG-019 Chatbot für den Bürgerservice']);
    expect(screen.getByRole('link', { name: 'DIG-019 Chatbot für den Bürgerservice' }).getAttribute('href')).toBe(
      '/projekte/DIG-019',
    );
  });

  it('says so where no project depends on it', () => {
    const { section } = show([eAkte], []);
    expect(within(section).getByText('Kein anderes Projekt hängt von diesem ab.')).toBeTruthy();
  });
});
