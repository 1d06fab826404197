import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SecurityLogDocument } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { SecurityLogPage } from './SecurityLogPage';
import { MemoryRouter } from 'react-router';

const admin = { __typename: 'Person' as const, id: 'a', name: 'Anna Admin' };
const erika = { __typename: 'Person' as const, id: 'e', name: 'Erika Test' };

function renderLog(locale: 'de' | 'en') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: SecurityLogDocument, variables: { after: null } },
          result: {
            data: {
              securityEvents: {
                __typename: 'SecurityEventConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                nodes: [
                  {
                    __typename: 'SecurityEvent',
                    id: 'e2',
                    at: '2026-11-30T10:00:00.000Z',
                    kind: 'role.changed',
                    fromRole: 'PROJECT_LEAD',
                    toRole: 'VIEWER',
                    email: null,
                    ipAddress: '127.0.0.1',
                    actor: admin,
                    subject: erika,
                  },
                  {
                    __typename: 'SecurityEvent',
                    id: 'e1',
                    at: '2026-11-30T09:00:00.000Z',
                    kind: 'login.succeeded',
                    fromRole: null,
                    toRole: null,
                    email: 'admin@leitstand.example',
                    ipAddress: '127.0.0.1',
                    actor: admin,
                    subject: admin,
                  },
                ],
              },
            },
          },
        },
      ]}
    >
      <I18nProvider>
        <MemoryRouter>
          <SecurityLogPage />
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('SecurityLogPage', () => {
  it('names the old and the new role of a role change', async () => {
    renderLog('de');
    const cell = (await screen.findByText('Rolle geändert')).closest('td') as HTMLElement;
    expect(within(cell).getByText('von Projektleitung zu Lesezugriff')).toBeTruthy();
    const signIn = screen.getByText('Anmeldung erfolgreich').closest('td') as HTMLElement;
    expect(signIn.textContent).toBe('Anmeldung erfolgreich');
  });

  it('does so in English too', async () => {
    renderLog('en');
    const cell = (await screen.findByText('Role changed')).closest('td') as HTMLElement;
    expect(within(cell).getByText('from Project lead to Viewer')).toBeTruthy();
  });
});
