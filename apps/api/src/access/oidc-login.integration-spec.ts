import type { Response } from 'supertest';
import { errorCode } from '../../test/graphql-client';
import { Issuer, providerAccount, startIssuer } from '../../test/oidc-issuer';
import { startTestApp, TestApp } from '../../test/test-app';
import { loadConfig } from '../config/app-config';

/** Where the provider sends the browser back; nothing listens there, the tests carry the answer over. */
const APP_ORIGIN = 'http://127.0.0.1:3999';
const REDIRECT_URL = `${APP_ORIGIN}/auth/oidc/callback`;
const LEAD = 'lead@leitstand.example';
const ADMIN = 'admin@leitstand.example';

/** The cookies that a response sets (name → value), leaving out those that it clears. */
function setCookies(response: Response): Record<string, string> {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookies: Record<string, string> = {};
  for (const line of header ?? []) {
    const [pair] = line.split(';');
    const [name, ...value] = pair.split('=');
    if (value.join('=') && !/Expires=Thu, 01 Jan 1970/.test(line)) cookies[name] = value.join('=');
  }
  return cookies;
}

function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

describe('single sign-on in the browser (authorization code flow with PKCE)', () => {
  let issuer: Issuer;
  let t: TestApp;

  beforeAll(async () => {
    issuer = await startIssuer();
    const { auth } = loadConfig({
      OIDC_ISSUER_URL: issuer.url,
      OIDC_CLIENT_ID: 'leitstand',
      OIDC_CLIENT_SECRET: 'a-client-secret',
      OIDC_REDIRECT_URL: REDIRECT_URL,
      OIDC_LOGIN_LABEL: 'Mit dem Dienstkonto anmelden',
    });
    t = await startTestApp({ config: { auth } });
  });
  afterAll(async () => {
    await t?.close();
    await issuer?.stop();
  });

  /** Goes through the flow as a browser would: to the provider, signed in there (or not), and back. */
  async function signInAtProvider(account: Record<string, unknown> | null, returnTo?: string) {
    const query = returnTo === undefined ? '' : `?weiter=${encodeURIComponent(returnTo)}`;
    const start = await t.http.get(`/auth/oidc/login${query}`);
    expect(start.status).toBe(303);
    const toProvider = new URL(start.headers.location);
    const flowCookies = setCookies(start);
    const atProvider = await fetch(toProvider, {
      redirect: 'manual',
      headers: account ? { Cookie: providerAccount(account) } : {},
    });
    const back = new URL(atProvider.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URL);
    const callbackPath = `${back.pathname}${back.search}`;
    const callback = await t.http.get(callbackPath).set('Cookie', cookieHeader(flowCookies));
    return { start, toProvider, flowCookies, callbackPath, callback, cookies: setCookies(callback) };
  }

  async function me(cookies: Record<string, string>) {
    return t.graphql<{ me: { email: string; role: string } }>(
      '{ me { email role } }',
      {},
      { cookies: [cookieHeader(cookies)], headers: { 'X-CSRF-Token': cookies.leitstand_csrf ?? '' } },
    );
  }

  async function securityEvents(): Promise<{ kind: string; email: string | null }[]> {
    const token = await t.login(ADMIN);
    const body = await t.graphql<{ securityEvents: { nodes: { kind: string; email: string | null }[] } }>(
      '{ securityEvents(first: 10) { nodes { kind email } } }',
      {},
      { token },
    );
    return body.data?.securityEvents.nodes ?? [];
  }

  it('tells the sign-in page that single sign-on is offered, with its label, beside the local sign-in', async () => {
    const body = await t.graphql('{ signInOptions { localLogin singleSignOn { label labelEn signInPath } } }');
    expect(body.data).toEqual({
      signInOptions: {
        localLogin: true,
        singleSignOn: { label: 'Mit dem Dienstkonto anmelden', labelEn: null, signInPath: '/auth/oidc/login' },
      },
    });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, for an ID token with the email', async () => {
    const start = await t.http.get('/auth/oidc/login');
    const url = new URL(start.headers.location);
    expect(`${url.origin}${url.pathname}`).toBe(`${issuer.url}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'leitstand',
      redirect_uri: REDIRECT_URL,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const name of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(name)).toMatch(/^\S{40,}$/);
    const flow = (start.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('leitstand_oidc_flow='));
    expect(flow).toMatch(/Path=\/auth\/oidc; .*HttpOnly; SameSite=Lax/);
    // The flow state is sealed: neither the verifier nor the state can be read from the cookie.
    expect(flow).not.toContain(url.searchParams.get('state'));
  });

  it('signs a known person in with the session cookie of a local sign-in and returns to the page asked for', async () => {
    const { callback, cookies } = await signInAtProvider(
      { email: 'Lead@Leitstand.example' },
      '/projekte?status=AT_RISK',
    );
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/projekte?status=AT_RISK');
    expect(Object.keys(cookies)).toEqual(
      expect.arrayContaining(['leitstand_session', 'leitstand_csrf', 'leitstand_oidc_id']),
    );
    const body = await me(cookies);
    expect(body.data?.me).toEqual({ email: LEAD, role: 'PROJECT_LEAD' });
    expect(await securityEvents()).toContainEqual({ kind: 'login.succeeded', email: LEAD });
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/x'],
    ['a backslash trick', '/\\evil.example'],
  ])('returns to the dashboard instead of %s', async (_case, returnTo) => {
    const { callback } = await signInAtProvider({ email: LEAD }, returnTo);
    expect(callback.headers.location).toBe('/');
  });

  it('refuses an email without a person: the error page, no session, and the security log says so', async () => {
    const { callback, cookies } = await signInAtProvider({ email: 'stranger@stadt.example' }, '/projekte');
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/anmelden/fehler?grund=unknown-person');
    expect(cookies.leitstand_session).toBeUndefined();
    expect(await securityEvents()).toContainEqual({ kind: 'login.failed', email: 'stranger@stadt.example' });
  });

  it('refuses a deactivated person', async () => {
    const token = await t.login(ADMIN);
    const created = await t.graphql<{ createPerson: { id: string; version: number } }>(
      'mutation { createPerson(input: { name: "Ehemalige Kollegin", email: "former@stadt.example", role: VIEWER }) { id version } }',
      {},
      { token },
    );
    const person = created.data?.createPerson;
    expect(person).toBeDefined();
    const signedIn = await signInAtProvider({ email: 'former@stadt.example' });
    expect(signedIn.callback.headers.location).toBe('/');
    await t.graphql(
      'mutation ($id: ID!, $v: Int!) { deactivatePerson(id: $id, expectedVersion: $v) { id } }',
      { id: person?.id, v: person?.version },
      { token },
    );
    expect(errorCode(await me(signedIn.cookies))).toBe('UNAUTHENTICATED');
    const { callback, cookies } = await signInAtProvider({ email: 'former@stadt.example' });
    expect(callback.headers.location).toBe('/anmelden/fehler?grund=deactivated');
    expect(cookies.leitstand_session).toBeUndefined();
  });

  it('refuses an ID token without an email, or with an email that the provider has not verified', async () => {
    expect((await signInAtProvider({ name: 'Ohne Adresse' })).callback.headers.location).toBe(
      '/anmelden/fehler?grund=no-email',
    );
    expect((await signInAtProvider({ email: LEAD, email_verified: false })).callback.headers.location).toBe(
      '/anmelden/fehler?grund=no-email',
    );
  });

  it('shows the error page when the provider does not confirm the sign-in', async () => {
    const { callback } = await signInAtProvider(null);
    expect(callback.headers.location).toBe('/anmelden/fehler?grund=refused');
  });

  it('refuses an answer whose state does not match the sign-in that this browser started', async () => {
    const first = await signInAtProvider(null);
    const start = await t.http.get('/auth/oidc/login');
    const atProvider = await fetch(start.headers.location, {
      redirect: 'manual',
      headers: { Cookie: providerAccount({ email: LEAD }) },
    });
    const back = new URL(atProvider.headers.get('location') ?? '');
    back.searchParams.set('state', new URL(first.toProvider).searchParams.get('state') ?? 'other');
    const callback = await t.http.get(`${back.pathname}${back.search}`).set('Cookie', cookieHeader(setCookies(start)));
    expect(callback.headers.location).toBe('/anmelden/fehler?grund=expired');
    expect(setCookies(callback).leitstand_session).toBeUndefined();
  });

  it('refuses a callback that comes again: without its flow cookie, and with a copy of it', async () => {
    const { callbackPath, flowCookies, callback } = await signInAtProvider({ email: LEAD });
    expect(callback.headers.location).toBe('/');
    // The browser dropped the flow cookie with the first answer.
    const again = await t.http.get(callbackPath);
    expect(again.headers.location).toBe('/anmelden/fehler?grund=expired');
    // A copy of the cookie does not help either: the provider exchanges a code once.
    const copied = await t.http.get(callbackPath).set('Cookie', cookieHeader(flowCookies));
    expect(copied.headers.location).toBe('/anmelden/fehler?grund=refused');
    expect(setCookies(copied).leitstand_session).toBeUndefined();
  });

  it('answers a callback without anything with the error page, not an error', async () => {
    const response = await t.http
      .get('/auth/oidc/callback?code=x&state=y')
      .set('Cookie', 'leitstand_oidc_flow=garbage');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/anmelden/fehler?grund=expired');
  });

  it('signs out at the provider after the logout, and only then', async () => {
    const { cookies } = await signInAtProvider({ email: LEAD });
    // Still signed in: another site's link cannot sign the person out at the provider.
    const early = await t.http.get('/auth/oidc/logout').set('Cookie', cookieHeader(cookies));
    expect(early.headers.location).toBe('/');
    expect((await me(cookies)).data?.me.email).toBe(LEAD);

    const logout = await t.graphql(
      'mutation { logout }',
      {},
      {
        cookies: [cookieHeader(cookies)],
        headers: { 'X-CSRF-Token': cookies.leitstand_csrf },
      },
    );
    expect(logout.data).toEqual({ logout: true });
    const response = await t.http
      .get('/auth/oidc/logout')
      .set('Cookie', cookieHeader({ leitstand_oidc_id: cookies.leitstand_oidc_id }));
    expect(response.status).toBe(303);
    const endSession = new URL(response.headers.location);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${issuer.url}/endsession`);
    expect(endSession.searchParams.get('id_token_hint')).toBe(cookies.leitstand_oidc_id);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${APP_ORIGIN}/anmelden`);
    expect(setCookies(response).leitstand_oidc_id).toBeUndefined();

    // The provider signs the person out there and sends the browser back to the sign-in page.
    const atProvider = await fetch(endSession, {
      redirect: 'manual',
      headers: { Cookie: providerAccount({ email: LEAD }) },
    });
    expect(atProvider.headers.get('location')).toBe(`${APP_ORIGIN}/anmelden`);
    expect(atProvider.headers.get('set-cookie')).toMatch(/^provider_account=;/);
  });

  it('sends a local sign-in that signs out straight back to the sign-in page', async () => {
    const response = await t.http.get('/auth/oidc/logout');
    expect(response.headers.location).toBe('/anmelden');
  });

  it('shows the error page when the provider is down at the moment of coming back', async () => {
    const start = await t.http.get('/auth/oidc/login');
    const atProvider = await fetch(start.headers.location, {
      redirect: 'manual',
      headers: { Cookie: providerAccount({ email: LEAD }) },
    });
    const back = new URL(atProvider.headers.get('location') ?? '');
    await issuer.stop();
    const callback = await t.http.get(`${back.pathname}${back.search}`).set('Cookie', cookieHeader(setCookies(start)));
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/anmelden/fehler?grund=provider-unavailable');
  });
});

describe('single sign-on only (LEITSTAND_LOCAL_LOGIN=false), with the provider down', () => {
  let t: TestApp;

  beforeAll(async () => {
    const { auth } = loadConfig({
      // Nothing listens on port 9 (discard) here: the provider cannot be reached.
      OIDC_ISSUER_URL: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: 'leitstand',
      OIDC_REDIRECT_URL: REDIRECT_URL,
      LEITSTAND_LOCAL_LOGIN: 'false',
    });
    t = await startTestApp({ config: { auth } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the local sign-in in the API, not only on the page', async () => {
    const body = await t.graphql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: LEAD, password: 'demo' },
    );
    expect(body.errors?.[0]).toMatchObject({
      message: "Sign-in with email and password is switched off here: sign in with the city's single sign-on.",
      extensions: { code: 'FORBIDDEN' },
    });
    expect(body.data).toBeNull();
  });

  it('tells the sign-in page to offer single sign-on only, without demo accounts', async () => {
    const body = await t.graphql('{ signInOptions { localLogin singleSignOn { label } } demoAccounts { email } }');
    expect(body.data).toEqual({
      signInOptions: { localLogin: false, singleSignOn: { label: null } },
      demoAccounts: [],
    });
  });

  it('shows the error page when the provider cannot be reached', async () => {
    const response = await t.http.get('/auth/oidc/login?weiter=%2Fprojekte');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/anmelden/fehler?grund=provider-unavailable');
  });

  it('refuses a bearer token of the provider that cannot be checked, saying why', async () => {
    const other = await startIssuer();
    try {
      const token = await other.token({ iss: 'http://127.0.0.1:9', aud: 'leitstand', email: LEAD });
      const body = await t.graphql('{ me { email } }', {}, { token });
      expect(body.errors?.[0]).toMatchObject({
        message: 'The single sign-on provider cannot be reached to check the token; try again in a few minutes.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      await other.stop();
    }
  });
});
