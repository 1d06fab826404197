import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AdminPeopleDocument, AdminPersonFragment } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { Session, SessionContext } from '../../access/hooks/useSession';
import { PeopleAdminPage } from './PeopleAdminPage';

const department = { __typename: 'Department' as const, id: 'd1', code: 'Amt 103', name: 'Digitalisierungsbüro' };
const person = (id: string, name: string, email: string, role: AdminPersonFragment['role'], withDepartment = false) =>
  ({
    __typename: 'Person',
    id,
    name,
    email,
    role,
    active: true,
    version: 1,
    createdAt: '2026-01-05T08:00:00.000Z',
    department: withDepartment ? department : null,
  }) satisfies AdminPersonFragment;

const people = [
  person('a', 'Anna Admin', 'admin@leitstand.example', 'ADMIN'),
  person('l', 'Lea Leitner', 'lead@leitstand.example', 'PROJECT_LEAD', true),
  person('p', 'Paul Portfolio', 'portfolio@leitstand.example', 'PORTFOLIO_MANAGER', true),
  person('v', 'Vera Viewer', 'viewer@leitstand.example', 'VIEWER'),
];

const me = { __typename: 'Person' as const, id: 'a', name: 'Anna Admin', email: 'admin@leitstand.example' };
const session = {
  state: { status: 'signedIn', person: { ...me, role: 'ADMIN', department: null } },
  person: { ...me, role: 'ADMIN', department: null },
  signIn: async () => undefined,
  signOut: async () => undefined,
  retry: () => undefined,
} as Session;

async function renderPage() {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: AdminPeopleDocument },
          result: { data: { allPeople: people, departments: [department] } },
          maxUsageCount: 10,
        },
      ]}
    >
      <I18nProvider>
        <SessionContext.Provider value={session}>
          <MemoryRouter>
            <PeopleAdminPage />
          </MemoryRouter>
        </SessionContext.Provider>
      </I18nProvider>
    </MockedProvider>,
  );
  return screen.findByRole('table');
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('PeopleAdminPage', () => {
  it('puts the form for a new person before the list, not below everyone', async () => {
    const table = await renderPage();
    const form = screen.getByRole('heading', { level: 2, name: 'Person anlegen' });
    expect(form.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('finds people by name, email, role or department', async () => {
    const table = await renderPage();
    expect(names(table)).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('4 Personen');
    const search = screen.getByRole('searchbox', { name: 'Personen suchen' });

    fireEvent.change(search, { target: { value: 'leitner' } });
    expect(names(screen.getByRole('table'))).toEqual(['Lea Leitner']);
    expect(screen.getByRole('status').textContent).toBe('1 Person');

    fireEvent.change(search, { target: { value: 'amt 103' } });
    expect(names(screen.getByRole('table'))).toEqual(['Lea Leitner', 'Paul Portfolio']);

    fireEvent.change(search, { target: { value: 'lesezugriff' } });
    expect(names(screen.getByRole('table'))).toEqual(['Vera Viewer']);

    fireEvent.change(search, { target: { value: 'niemand' } });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Niemand entspricht dieser Suche.')).toBeTruthy();
  });
});
