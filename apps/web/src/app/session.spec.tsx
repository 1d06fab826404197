import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../graphql/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { App } from './App';

const person = {
  __typename: 'Person',
  id: 'lead',
  name: 'Lea Leitner',
  email: 'lead@leitstand.example',
  role: 'PROJECT_LEAD',
  department: null,
};

const project = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-001',
  title: 'E-Akte',
  summary: null,
  phase: 'IN_PROGRESS',
  health: 'AT_RISK',
  progress: 40,
  tags: [],
  version: 3,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  field: null,
  department: null,
  lead: { __typename: 'Person', id: 'lead', name: 'Lea Leitner', email: 'lead@leitstand.example' },
  sponsor: null,
  members: [],
  startDate: null,
  plannedEndDate: null,
  forecastEndDate: null,
  actualEndDate: null,
  budget: { __typename: 'Budget', planned: null, spent: null, currency: 'EUR' },
  milestones: [],
  kpis: [],
  risks: [],
  dependsOn: [],
  dependents: [],
  endangeredBy: [],
  statusUpdates: { __typename: 'StatusUpdateConnection', totalCount: 0, nodes: [] },
};

interface Call {
  operationName: string;
  csrf: string | null;
}

/** A stand-in for the API: the session ends after the first `me`, and comes back with `login`. */
function fakeApi() {
  const calls: Call[] = [];
  let signedIn = true;
  let expireNext = false;
  const answer = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const unauthenticated = () =>
    answer({ errors: [{ message: 'No session', extensions: { code: 'UNAUTHENTICATED' } }] });

  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (String(url).endsWith('/health')) return answer({ status: 'ok', database: { kind: 'embedded', status: 'up' } });
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    calls.push({ operationName, csrf: new Headers(init?.headers).get('X-CSRF-Token') });
    switch (operationName) {
      case 'Me':
        expireNext = true;
        return answer({ data: { me: person } });
      case 'DemoAccounts':
        return answer({ data: { demoAccounts: [] } });
      case 'SignInOptions':
        return answer({
          data: { signInOptions: { __typename: 'SignInOptions', localLogin: true, singleSignOn: null } },
        });
      case 'SignIn':
        signedIn = true;
        return answer({ data: { login: { __typename: 'Session', expiresAt: '2026-04-01T00:00:00.000Z', person } } });
      case 'ProjectPage':
        if (expireNext) {
          expireNext = false;
          signedIn = false;
        }
        return signedIn ? answer({ data: { project } }) : unauthenticated();
      case 'ProjectHistory':
        return signedIn ? answer({ data: { node: null } }) : unauthenticated();
      default:
        return answer({ data: null, errors: [{ message: `unexpected ${operationName}` }] });
    }
  });
  return { fetch, calls };
}

beforeEach(() => {
  document.cookie = 'leitstand_csrf=token-123; path=/';
});
afterEach(() => {
  document.cookie = 'leitstand_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the session', () => {
  it('sends the CSRF header, and when it expires goes to sign-in and back to where the person was', async () => {
    const api = fakeApi();
    vi.stubGlobal('fetch', api.fetch);
    window.history.replaceState(null, '', '/projekte/DIG-001');
    render(
      <I18nProvider>
        <App client={createApolloClient()} />
      </I18nProvider>,
    );

    expect(await screen.findByText(/Ihre Sitzung ist abgelaufen/)).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe('/anmelden?weiter=%2Fprojekte%2FDIG-001');
    expect(api.calls.find((call) => call.operationName === 'Me')?.csrf).toBe('token-123');

    fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), { target: { value: 'lead@leitstand.example' } });
    fireEvent.change(screen.getByLabelText('Passwort'), { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'DIG-001 E-Akte' }, { timeout: 10_000 })).toBeTruthy();
    expect(window.location.pathname).toBe('/projekte/DIG-001');
    // A project lead of this project sees the way to report.
    expect(screen.getByRole('link', { name: 'Statusbericht erstellen' })).toBeTruthy();
  });

  it('asks nobody without the CSRF cookie and shows sign-in at once', async () => {
    document.cookie = 'leitstand_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const api = fakeApi();
    vi.stubGlobal('fetch', api.fetch);
    window.history.replaceState(null, '', '/roadmap');
    render(
      <I18nProvider>
        <App client={createApolloClient()} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Anmelden' })).toBeTruthy();
    // Only what the sign-in page shows to anyone: no question about a session.
    await waitFor(() =>
      expect(api.calls.map((call) => call.operationName).sort()).toEqual(['DemoAccounts', 'SignInOptions']),
    );
    expect(screen.queryByText(/Ihre Sitzung ist abgelaufen/)).toBeNull();
  });
});
