import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  ProjectDetailFragment,
  ProjectFormOptionsDocument,
  ProjectPickerDocument,
  SetProjectDependenciesDocument,
  UpdateProjectDocument,
} from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ProjectDependenciesSection } from './ProjectDependenciesSection';
import { ProjectFactsSection } from './ProjectFactsSection';

const project: ProjectDetailFragment = {
  __typename: 'Project',
  id: 'p20',
  code: 'DIG-020',
  title: 'Chatbot für den Bürgerservice',
  summary: null,
  phase: 'IDEA',
  health: 'ON_TRACK',
  progress: 0,
  tags: [],
  version: 3,
  archivedAt: null,
  endangeredBy: [],
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  field: null,
  department: null,
  lead: null,
  sponsor: null,
  members: [],
  startDate: '2027-01-04',
  plannedEndDate: '2027-12-17',
  forecastEndDate: null,
  actualEndDate: null,
  budget: { __typename: 'Budget', planned: '250000.00', spent: null, currency: 'EUR' },
  milestones: [],
  kpis: [],
  risks: [],
  dependsOn: [],
  dependents: [],
};

const options: MockLink.MockedResponse = {
  request: { query: ProjectFormOptionsDocument },
  result: { data: { strategies: [], departments: [], people: [] } },
  maxUsageCount: 10,
};

/** The project as the page holds it; "load the current state" swaps in the server's newer one. */
function Page({ editor, server }: { editor: 'facts' | 'dependencies'; server: ProjectDetailFragment }) {
  const [shown, setShown] = useState(project);
  const onReload = async () => setShown(server);
  return editor === 'facts' ? (
    <ProjectFactsSection project={shown} editable onReload={onReload} />
  ) : (
    <ProjectDependenciesSection project={shown} editable onReload={onReload} />
  );
}

function renderPage(editor: 'facts' | 'dependencies', mocks: MockLink.MockedResponse[], server = project) {
  render(
    <MockedProvider mocks={[options, ...mocks]}>
      <I18nProvider>
        <MemoryRouter>
          <Page editor={editor} server={server} />
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('editing a project on its page', () => {
  it('on CONFLICT keeps what was typed, shows the server value at its field, and saves against the new version', async () => {
    const server = { ...project, version: 4, title: 'Chatbot (Pilot)' };
    renderPage(
      'facts',
      [
        {
          request: {
            query: UpdateProjectDocument,
            variables: { input: { id: 'p20', expectedVersion: 3, budgetSpent: '12500.50' } },
          },
          result: { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT', currentVersion: 4 } }] },
        },
        {
          request: {
            query: UpdateProjectDocument,
            variables: { input: { id: 'p20', expectedVersion: 4, budgetSpent: '12500.50' } },
          },
          result: {
            data: {
              updateProject: {
                ...server,
                budget: { ...server.budget, spent: '12500.50' },
              },
            },
          },
        },
      ],
      server,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Eckdaten bearbeiten' }));
    fireEvent.change(await screen.findByLabelText('Budget ausgegeben', undefined, { timeout: 5000 }), {
      target: { value: '12.500,50' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Eckdaten speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Jemand anderes hat dieses Projekt geändert');
    expect((screen.getByLabelText('Budget ausgegeben') as HTMLInputElement).value).toBe('12.500,50');

    fireEvent.click(screen.getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(await screen.findByText('Inzwischen auf dem Server: Chatbot (Pilot)')).toBeTruthy();
    expect((screen.getByLabelText('Budget ausgegeben') as HTMLInputElement).value).toBe('12.500,50');
    // What was typed in the title stays as it was opened: it was not changed, so it is not sent.
    expect((screen.getByRole('textbox', { name: /^Titel/ }) as HTMLInputElement).value).toBe(
      'Chatbot für den Bürgerservice',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Eckdaten speichern' }));
    expect(await screen.findByText('Die Eckdaten sind gespeichert.')).toBeTruthy();
  });

  it('says at its field, in the language of the page, when a dependency would close a cycle', async () => {
    renderPage('dependencies', [
      {
        request: { query: ProjectPickerDocument, variables: { search: null, first: 21 } },
        result: {
          data: {
            projects: {
              __typename: 'ProjectConnection',
              nodes: [{ __typename: 'Project', id: 'p2', code: 'DIG-002', title: 'Einführung der E-Akte' }],
            },
          },
        },
      },
      {
        request: {
          query: SetProjectDependenciesDocument,
          variables: { projectId: 'p20', expectedVersion: 3, dependsOn: ['p2'] },
        },
        result: {
          errors: [
            {
              message: 'dependsOn: would close a cycle: one of these projects already waits for this one',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    path: 'dependsOn',
                    code: 'CYCLE',
                    params: {},
                    message: 'would close a cycle: one of these projects already waits for this one',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Abhängigkeiten bearbeiten' }));
    const picker = await screen.findByRole('combobox', { name: 'Abhängigkeit hinzufügen' }, { timeout: 5000 });
    await waitFor(() => {
      fireEvent.keyDown(picker, { key: 'ArrowDown' });
      expect(screen.getAllByRole('option')).toHaveLength(1);
    });
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(screen.getByRole('button', { name: 'DIG-002 entfernen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Abhängigkeiten speichern' }));

    const error = await screen.findByText(/Das ergäbe eine zirkuläre Abhängigkeit/, { selector: '.field-error' });
    expect(error.id).toBe('project-dependsOn-error');
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(picker.getAttribute('aria-describedby')).toContain('project-dependsOn-error');
    expect(screen.getByRole('alert').textContent).toContain('Hängt ab von: Das ergäbe eine zirkuläre Abhängigkeit');
  });
});
