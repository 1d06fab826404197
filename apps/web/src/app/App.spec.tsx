import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { App } from './App';

function renderApp() {
  return render(
    <I18nProvider>
      <App />
    </I18nProvider>,
  );
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers /health as given; the sign-in page's GraphQL request for demo accounts gets none. */
function answerHealth(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).endsWith('/graphql') ? json({ data: { demoAccounts: [] } }) : json(body, status),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('speaks German by default and shows the database as reachable', async () => {
    answerHealth(200, { status: 'ok', database: { kind: 'embedded', status: 'up', latencyMs: 1.5 } });
    renderApp();
    expect(screen.getByRole('heading', { level: 2, name: 'Systemstatus' })).toBeTruthy();
    expect(await screen.findByText('Eingebettetes PostgreSQL:', { exact: false })).toBeTruthy();
    expect(screen.getAllByText('erreichbar')).toHaveLength(2);
    expect(screen.getByText('1,5 ms')).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('says so in words when the database is down (503)', async () => {
    answerHealth(503, { status: 'unavailable', database: { kind: 'server', status: 'down' } });
    renderApp();
    expect(await screen.findByText('PostgreSQL-Server:', { exact: false })).toBeTruthy();
    expect(screen.getAllByText('nicht erreichbar')).toHaveLength(2);
  });

  it('shows an alert when the server does not answer at all', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toMatch(/antwortet nicht/);
  });

  it('switches to English and remembers the choice', async () => {
    answerHealth(200, { status: 'ok', database: { kind: 'embedded', status: 'up' } });
    const first = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2, name: 'System status' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    renderApp();
    expect(screen.getByRole('heading', { level: 2, name: 'System status' })).toBeTruthy();
  });
});
