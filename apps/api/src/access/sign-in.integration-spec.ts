import { errorCode } from '../../test/graphql-client';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';
import { freshDatabase, serverUrl } from '../../test/test-database';

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

    // 15 minutes later (the throttle's count moved into the past) it works again.
    await t.database.dataSource.query(
      `UPDATE sign_in_attempt SET window_started_at = window_started_at - interval '16 minutes',
         locked_until = locked_until - interval '16 minutes' WHERE key = $1`,
      [email],
    );
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

const WRONG = 'Wrong email or password.';
const EMAIL_THROTTLED = /^Too many failed sign-ins for this email: sign-in is refused for 1[45] more minutes\.$/;
const ADDRESS_THROTTLED = /^Too many failed sign-ins for your address: sign-in is refused for 1[45] more minutes\.$/;

/** The security log's entries for one email, by kind, as an ADMIN reads them. */
async function eventsFor(t: TestApp, admin: string, email: string): Promise<Record<string, number>> {
  const body = await t.graphql<{ securityEvents: { nodes: { kind: string; email: string | null }[] } }>(
    '{ securityEvents(first: 200) { nodes { kind email } } }',
    {},
    { token: admin },
  );
  const counts: Record<string, number> = {};
  for (const event of body.data?.securityEvents.nodes ?? [])
    if (event.email === email) counts[event.kind] = (counts[event.kind] ?? 0) + 1;
  return counts;
}

function messagesOf(bodies: { errors?: { message: string }[] }[]): string[] {
  return bodies.map((body) => body.errors?.[0]?.message ?? 'signed in');
}

describe('the sign-in throttle under attack', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@leitstand.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('checks at most 5 of 30 concurrent wrong passwords for one email, and then refuses the right one', async () => {
    const email = 'lead@leitstand.example';
    const bodies = await Promise.all(
      Array.from({ length: 30 }, (_, i) => t.graphql(LOGIN, { email, password: `wrong-${i}` })),
    );
    const messages = messagesOf(bodies);
    expect(messages.filter((message) => message === WRONG)).toHaveLength(5);
    expect(messages.filter((message) => EMAIL_THROTTLED.test(message))).toHaveLength(25);
    expect(await eventsFor(t, admin, email)).toEqual({ 'login.failed': 5, 'login.throttled': 25 });

    const right = await t.graphql(LOGIN, { email, password: DEMO_PASSWORD });
    expect(right.errors?.[0].message).toMatch(EMAIL_THROTTLED);
    expect(right.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(right.data).toBeNull();
  });

  it('checks at most 5 of 30 concurrent batched requests with one wrong password each', async () => {
    const email = 'viewer@leitstand.example';
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.http
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .send([
            { query: LOGIN, variables: { email, password: `wrong-${i}` } },
            { query: '{ demoAccounts { email } }' },
          ]),
      ),
    );
    const logins = responses.map((response) => (response.body as { errors?: { message: string }[] }[])[0]);
    expect(messagesOf(logins).filter((message) => message === WRONG)).toHaveLength(5);
    expect(await eventsFor(t, admin, email)).toEqual({ 'login.failed': 5, 'login.throttled': 25 });
    expect(messagesOf([await t.graphql(LOGIN, { email, password: DEMO_PASSWORD })])[0]).toMatch(EMAIL_THROTTLED);
  });

  it('refuses a batch with more than one login before checking any password', async () => {
    const email = 'portfolio@leitstand.example';
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([
        ...Array.from({ length: 19 }, (_, i) => ({ query: LOGIN, variables: { email, password: `wrong-${i}` } })),
        { query: LOGIN, variables: { email, password: DEMO_PASSWORD } },
      ]);
    expect(response.status).toBe(400);
    const bodies = response.body as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    }[];
    expect(bodies).toHaveLength(20);
    for (const body of bodies) {
      expect(body.errors?.[0]).toMatchObject({
        message: 'A batched request may sign in at most once; this one signs in 20 times.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(body.data).toBeUndefined();
    }
    expect(await eventsFor(t, admin, email)).toEqual({});
    // Nothing was counted: the right password still works.
    expect((await t.graphql(LOGIN, { email, password: DEMO_PASSWORD })).data).toBeTruthy();
  });

  it('refuses an operation with more than one login, aliased or in fragments, before checking any password', async () => {
    const email = 'portfolio@leitstand.example';
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: login(email: "${email}", password: "${i === 29 ? DEMO_PASSWORD : `wrong-${i}`}") { token }`,
    );
    const aliased = await t.graphql(`mutation { ${aliases.join(' ')} }`);
    expect(aliased.errors?.[0]).toMatchObject({
      message: 'An operation may sign in at most once; this one signs in 30 times.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'login', message: 'may appear at most once per operation' }],
      },
    });
    expect(aliased.data).toBeUndefined();

    const fragments = await t.graphql(
      `mutation { ...One ... on Mutation { b: login(email: "${email}", password: "wrong") { token } } }
       fragment One on Mutation { login(email: "${email}", password: "wrong") { token } }`,
    );
    expect(fragments.errors?.[0].message).toBe('An operation may sign in at most once; this one signs in 2 times.');
    expect(await eventsFor(t, admin, email)).toEqual({ 'login.succeeded': 1 });
  });

  it('refuses 1,000 aliased logins for 1,000 emails at once, writing nothing', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: login(email: "guess-${i}@leitstand.example", password: "wrong") { token }`,
    );
    const before = await t.database.dataSource.query('SELECT count(*)::int AS n FROM security_event');
    const started = performance.now();
    const body = await t.graphql(`mutation { ${aliases.join(' ')} }`);
    const ms = performance.now() - started;
    // Refused as too many sign-ins, or already by the query limits: either way before any resolver runs.
    expect(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']).toContain(errorCode(body));
    expect(body.data).toBeUndefined();
    expect(ms).toBeLessThan(1000);
    expect(await t.database.dataSource.query('SELECT count(*)::int AS n FROM security_event')).toEqual(before);
  });
});

describe('the sign-in throttle per client address', () => {
  it('refuses an address after 30 failures for any emails; a forged X-Forwarded-For does not help', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.login('admin@leitstand.example');
      const bodies = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          t.graphql(
            LOGIN,
            { email: `guess-${i}@leitstand.example`, password: 'wrong' },
            { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}` } },
          ),
        ),
      );
      expect(messagesOf(bodies).filter((message) => message === WRONG)).toHaveLength(30);
      const right = await t.graphql(
        LOGIN,
        { email: 'lead@leitstand.example', password: DEMO_PASSWORD },
        { headers: { 'X-Forwarded-For': '198.51.100.7' } },
      );
      expect(right.errors?.[0].message).toMatch(ADDRESS_THROTTLED);
      expect(right.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: expect.any(Number),
      });
      // The log names the connection's own address, not the forged one.
      const events = await t.graphql<{ securityEvents: { nodes: { kind: string; ipAddress: string | null }[] } }>(
        '{ securityEvents(first: 1) { nodes { kind ipAddress } } }',
        {},
        { token: admin },
      );
      expect(events.data?.securityEvents.nodes[0].kind).toBe('login.throttled');
      expect(events.data?.securityEvents.nodes[0].ipAddress).toMatch(/127\.0\.0\.1|::1/);
    } finally {
      await t.close();
    }
  });

  it('counts each forwarded address on its own behind a trusted proxy (LEITSTAND_TRUST_PROXY=true)', async () => {
    const t = await startTestApp({ config: { trustProxy: true } });
    try {
      const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });
      for (let i = 0; i < 30; i++)
        await t.graphql(LOGIN, { email: `guess-${i}@leitstand.example`, password: 'wrong' }, from('203.0.113.9'));
      const fromThere = await t.graphql(
        LOGIN,
        { email: 'lead@leitstand.example', password: DEMO_PASSWORD },
        from('203.0.113.9'),
      );
      expect(fromThere.errors?.[0].message).toMatch(ADDRESS_THROTTLED);
      const elsewhere = await t.graphql(
        LOGIN,
        { email: 'lead@leitstand.example', password: DEMO_PASSWORD },
        from('198.51.100.7'),
      );
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data).toBeTruthy();
    } finally {
      await t.close();
    }
  });
});

// Two instances need one database that both can open: a PostgreSQL server. An embedded database
// belongs to the one process that opened it, so on the embedded run this case cannot be set up.
const onServerOnly = serverUrl() ? it : it.skip;

describe('the sign-in throttle over two instances on one server database (skipped on the embedded one: only one process can open it)', () => {
  onServerOnly('checks at most 5 of 30 concurrent wrong passwords sent to two instances', async () => {
    const database = await freshDatabase();
    const one = await startTestApp({ database });
    const two = await startTestApp({ database });
    try {
      const email = 'lead@leitstand.example';
      const bodies = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).graphql(LOGIN, { email, password: `wrong-${i}` })),
      );
      expect(messagesOf(bodies).filter((message) => message === WRONG)).toHaveLength(5);
      const admin = await one.login('admin@leitstand.example');
      expect(await eventsFor(one, admin, email)).toEqual({ 'login.failed': 5, 'login.throttled': 25 });
      for (const instance of [one, two])
        expect(messagesOf([await instance.graphql(LOGIN, { email, password: DEMO_PASSWORD })])[0]).toMatch(
          EMAIL_THROTTLED,
        );
    } finally {
      await two.close();
      await one.close();
    }
  });
});
