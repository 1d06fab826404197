import { errorCode } from '../../test/graphql-client';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt person { email role } } }';

function cookiesOf(header: string | string[] | undefined): Record<string, string> {
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return Object.fromEntries(list.map((cookie) => [cookie.split('=')[0], cookie]));
}

describe('signing in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives a demo account a session of 12 hours with its person', async () => {
    const body = await t.graphql<{
      login: { token: string; expiresAt: string; person: { email: string; role: string } };
    }>(LOGIN, {
      email: ' Lead@Leitstand.example ',
      password: DEMO_PASSWORD,
    });
    expect(body.data?.login.person).toEqual({ email: 'lead@leitstand.example', role: 'PROJECT_LEAD' });
    const hours = (Date.parse(body.data!.login.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const me = await t.graphql<{ me: { email: string } }>('{ me { email } }', {}, { token: body.data!.login.token });
    expect(me.data?.me.email).toBe('lead@leitstand.example');
  });

  it('answers a wrong password and an unknown email with the same error', async () => {
    const wrong = await t.graphql(LOGIN, { email: 'viewer@leitstand.example', password: 'not-the-password' });
    const unknown = await t.graphql(LOGIN, { email: 'nobody@leitstand.example', password: 'not-the-password' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  it('refuses an email for 15 minutes after 5 failures, even with the right password, and says so', async () => {
    const email = 'portfolio@leitstand.example';
    for (let i = 0; i < 5; i++)
      expect(errorCode(await t.graphql(LOGIN, { email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
    const refused = await t.graphql(LOGIN, { email, password: DEMO_PASSWORD });
    expect(refused.errors?.[0].message).toBe(
      'Too many failed sign-ins for this email: sign-in is refused for 15 more minutes.',
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Other emails are not affected.
    expect((await t.graphql(LOGIN, { email: 'admin@leitstand.example', password: DEMO_PASSWORD })).data).toBeTruthy();

    // 15 minutes later (the failures moved into the past) it works again.
    await t.database.dataSource.query(`UPDATE security_event SET at = at - interval '16 minutes' WHERE email = $1`, [
      email,
    ]);
    expect((await t.graphql(LOGIN, { email, password: DEMO_PASSWORD })).data).toBeTruthy();
  });

  it('counts failures only since the last successful sign-in', async () => {
    const email = 'viewer@leitstand.example';
    await t.login(email); // whatever failed before this test no longer counts
    for (let i = 0; i < 4; i++) await t.graphql(LOGIN, { email, password: 'wrong' });
    expect((await t.graphql(LOGIN, { email, password: DEMO_PASSWORD })).data).toBeTruthy();
    await t.graphql(LOGIN, { email, password: 'wrong' });
    expect((await t.graphql(LOGIN, { email, password: DEMO_PASSWORD })).data).toBeTruthy();
  });

  it('ends a session when it expires', async () => {
    const token = await t.login('lead@leitstand.example');
    await t.database.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`,
    );
    const body = await t.graphql('{ me { id } }', {}, { token });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token whose signature does not match', async () => {
    const token = await t.login('lead@leitstand.example');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: forged }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const token = await t.login('lead@leitstand.example');
    expect((await t.graphql<{ logout: boolean }>('mutation { logout }', {}, { token })).data?.logout).toBe(true);
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('lets a person change their own password, ending their other sessions', async () => {
    const email = 'viewer@leitstand.example';
    const other = await t.login(email);
    const token = await t.login(email);
    const change = 'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    const short = await t.graphql(change, { c: DEMO_PASSWORD, n: 'short' }, { token });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'newPassword', message: 'must be at least 10 characters long' }],
    });
    expect(errorCode(await t.graphql(change, { c: 'wrong', n: 'a-new-long-password' }, { token }))).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.graphql(change, { c: DEMO_PASSWORD, n: 'a-new-long-password' }, { token })).data).toEqual({
      changeMyPassword: true,
    });
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: other }))).toBe('UNAUTHENTICATED');
    expect((await t.graphql('{ me { id } }', {}, { token })).data).toBeTruthy();
    expect(await t.login(email, 'a-new-long-password')).toEqual(expect.any(String));
  });

  it('lists the demo accounts for the sign-in page, without signing in', async () => {
    const body = await t.graphql<{ demoAccounts: { email: string; role: string }[] }>(
      '{ demoAccounts { email role } }',
    );
    expect(body.data?.demoAccounts.map((account) => [account.role, account.email])).toEqual([
      ['ADMIN', 'admin@leitstand.example'],
      ['PORTFOLIO_MANAGER', 'portfolio@leitstand.example'],
      ['PROJECT_LEAD', 'lead@leitstand.example'],
      ['VIEWER', 'viewer@leitstand.example'],
    ]);
  });
});

describe('cookie sessions for the web client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function signInByCookie() {
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: LOGIN, variables: { email: 'lead@leitstand.example', password: DEMO_PASSWORD } });
    const cookies = cookiesOf(response.headers['set-cookie']);
    const session = cookies.leitstand_session;
    const csrf = cookies.leitstand_csrf;
    return {
      session,
      csrf,
      pair: [session.split(';')[0], csrf.split(';')[0]],
      csrfValue: csrf.split(';')[0].split('=')[1],
    };
  }

  it('sets an httpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const { session, csrf } = await signInByCookie();
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/); // plain http here; https sets Secure
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/SameSite=Lax/);
  });

  it('accepts the cookie with the CSRF header, and refuses it without', async () => {
    const { pair, csrfValue } = await signInByCookie();
    const withHeader = await t.graphql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      { cookies: pair, headers: { 'X-CSRF-Token': csrfValue } },
    );
    expect(withHeader.data?.me.email).toBe('lead@leitstand.example');
    const without = await t.graphql('{ me { email } }', {}, { cookies: pair });
    expect(without.errors?.[0]).toMatchObject({
      message: 'Requests signed in by cookie must carry the X-CSRF-Token header.',
      extensions: { code: 'FORBIDDEN' },
    });
    const wrong = await t.graphql(
      '{ me { email } }',
      {},
      { cookies: pair, headers: { 'X-CSRF-Token': 'x'.repeat(csrfValue.length) } },
    );
    expect(errorCode(wrong)).toBe('FORBIDDEN');
  });

  it('refuses a cross-site form post outright (Apollo CSRF prevention)', async () => {
    const { pair } = await signInByCookie();
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .set('Cookie', pair.join('; '))
      .send(JSON.stringify({ query: 'mutation { logout }' }));
    expect(response.status).toBe(400);
  });

  it('clears the cookies and ends the session on logout', async () => {
    const { pair, csrfValue } = await signInByCookie();
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Cookie', pair.join('; '))
      .set('X-CSRF-Token', csrfValue)
      .send({ query: 'mutation { logout }' });
    const cleared = cookiesOf(response.headers['set-cookie']);
    expect(cleared.leitstand_session).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await t.graphql('{ me { email } }', {}, { cookies: pair, headers: { 'X-CSRF-Token': csrfValue } });
    expect(after.errors?.[0]).toMatchObject({
      message: 'Your session has ended. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
