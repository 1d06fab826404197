import { loadConfig } from '../config/app-config';
import { GraphQLBody } from '../../test/graphql-client';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';
import { emptyDatabase } from '../../test/test-database';

describe('secrets stay secret', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('puts no password, hash or token into any log line, error or other response', async () => {
    const secrets: string[] = [DEMO_PASSWORD, 'a-chosen-password', 'wrong-guess-123'];
    const responses: GraphQLBody<unknown>[] = [];
    const call = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
      const body = await t.graphql<T>(query, variables, { token });
      responses.push(body);
      return body;
    };

    const admin = await t.login('admin@leitstand.example');
    secrets.push(admin);
    await call('mutation { login(email: "admin@leitstand.example", password: "wrong-guess-123") { token } }');
    await call('mutation { login(email: "nobody@leitstand.example", password: "wrong-guess-123") { token } }');
    const person = await call<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Nora Geheim", email: "nora@wuppertal.example", role: VIEWER, password: "a-chosen-password" }) { id name email } }',
      {},
      admin,
    );
    await call(
      'mutation { createPerson(input: { name: "Zu Kurz", email: "kurz@wuppertal.example", role: VIEWER, password: "short" }) { id } }',
      {},
      admin,
    );
    const created = await t.graphql<{ createApiToken: { token: string } }>(
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Export" }) { token } }',
      { id: person.data?.createPerson.id },
      { token: admin },
    );
    secrets.push(created.data!.createApiToken.token);
    await call('{ me { name } }', {}, created.data!.createApiToken.token);
    await call(
      'mutation { createDepartment(input: { code: "A", name: "B" }) { id } }',
      {},
      created.data!.createApiToken.token,
    );
    await call('{ me { name } }', {}, `${admin}x`);
    await call('{ allPeople { id email } securityEvents { nodes { kind email ipAddress } } }', {}, admin);
    await call(
      'mutation ($id: ID!) { resetPassword(id: $id, newPassword: "a-chosen-password") { id } }',
      { id: person.data?.createPerson.id },
      admin,
    );

    const hashes: { password_hash: string; token_hash: string }[] = await t.database.dataSource.query(
      'SELECT p.password_hash, t.token_hash FROM person p, api_token t WHERE p.password_hash IS NOT NULL',
    );
    secrets.push(...hashes.flatMap((row) => [row.password_hash, row.token_hash]));

    const logged = t.logs.map((line) => JSON.stringify(line)).join('\n');
    const answered = JSON.stringify(responses);
    expect(t.logs.length).toBeGreaterThan(10);
    for (const secret of secrets) {
      expect(logged.includes(secret) ? `log contains ${secret.slice(0, 12)}…` : 'clean').toBe('clean');
      expect(answered.includes(secret) ? `response contains ${secret.slice(0, 12)}…` : 'clean').toBe('clean');
    }
    expect(logged).not.toMatch(/\$argon2/);
    expect(answered).not.toMatch(/\$argon2|passwordHash|password_hash/);
  });
});

describe('security events in the log stream', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The log lines of security events, as [level, kind, email or subject] for short assertions. */
  function securityLines(): [string, string, string | null][] {
    const levels: Record<number, string> = { 30: 'info', 40: 'warn' };
    return t.logs
      .filter((line) => line.securityEvent)
      .map((line) => {
        const event = line.securityEvent as { kind: string; email: string | null; subjectId: string | null };
        return [levels[line.level as number] ?? String(line.level), event.kind, event.email ?? event.subjectId];
      });
  }

  it('writes failed and throttled sign-ins as warnings, and account and token changes as information', async () => {
    const admin = await t.login('admin@leitstand.example');
    const login = (password: string) =>
      t.graphql('mutation ($p: String!) { login(email: "viewer@leitstand.example", password: $p) { token } }', {
        p: password,
      });
    for (let i = 0; i < 6; i++) await login(`wrong-guess-${i}`);
    const viewer = await t.graphql<{ allPeople: { id: string; email: string; version: number }[] }>(
      '{ allPeople { id email version } }',
      {},
      { token: admin },
    );
    const { id, version } = viewer.data!.allPeople.find((person) => person.email === 'viewer@leitstand.example')!;
    const token = await t.graphql<{ createApiToken: { token: string } }>(
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Export" }) { token } }',
      { id },
      { token: admin },
    );
    await t.graphql(
      'mutation ($id: ID!, $v: Int!) { updatePerson(input: { id: $id, expectedVersion: $v, role: PROJECT_LEAD }) { id } }',
      { id, v: version },
      { token: admin },
    );
    await t.graphql(
      'mutation ($id: ID!, $v: Int!) { deactivatePerson(id: $id, expectedVersion: $v) { id } }',
      {
        id,
        v: version + 1,
      },
      { token: admin },
    );

    expect(securityLines()).toEqual([
      ['info', 'login.succeeded', 'admin@leitstand.example'],
      ...Array.from({ length: 5 }, () => ['warn', 'login.failed', 'viewer@leitstand.example']),
      ['warn', 'login.throttled', 'viewer@leitstand.example'],
      ['info', 'token.created', id],
      ['info', 'role.changed', id],
      ['info', 'token.revoked', id],
      ['info', 'person.deactivated', id],
    ]);
    const logged = JSON.stringify(t.logs);
    for (const secret of [admin, token.data!.createApiToken.token, 'wrong-guess-0', DEMO_PASSWORD])
      expect(logged.includes(secret) ? `log contains ${secret.slice(0, 12)}…` : 'clean').toBe('clean');
  });
});

describe('a server in production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'production', graphql: { introspection: false, ide: false } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the security headers with every response', async () => {
    for (const path of ['/health', '/graphql']) {
      const response = await t.http.get(path);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['strict-transport-security']).toBeUndefined(); // only over https
    }
  });

  it('sends HSTS when served over https (behind a proxy that says so)', async () => {
    const secure = await startTestApp({ database: undefined, config: { trustProxy: true } });
    try {
      const response = await secure.http.get('/health').set('X-Forwarded-Proto', 'https');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });

  it('keeps introspection off, and tells no internals in errors', async () => {
    const token = await t.login('viewer@leitstand.example');
    const body = await t.graphql('{ __schema { types { name } } }', {}, { token });
    expect(body.errors?.[0].message).toMatch(/introspection/i);
    const unknown = await t.graphql('{ me { nonsense } }', {}, { token });
    expect(JSON.stringify(unknown)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', 'Basic YWRtaW46ZGVtbw==')
      .send({ query: '{ me { id } }' });
    expect(response.body.errors[0]).toMatchObject({
      message: 'The Authorization header must read "Bearer <token>".',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('the first start without the demo', () => {
  it('creates the administrator from LEITSTAND_ADMIN_EMAIL and LEITSTAND_ADMIN_PASSWORD, and no demo account', async () => {
    const config = loadConfig({
      LEITSTAND_DEMO: 'false',
      LEITSTAND_ADMIN_EMAIL: 'IT-Leitung@Wuppertal.example',
      LEITSTAND_ADMIN_PASSWORD: 'erstes-admin-passwort',
    });
    // A database of its own that nothing has started yet: the suites' usual copy is already seeded.
    const t = await startTestApp({ database: await emptyDatabase(), config: { demo: config.demo, auth: config.auth } });
    try {
      const token = await t.login('it-leitung@wuppertal.example', 'erstes-admin-passwort');
      const people = await t.graphql<{ allPeople: { email: string; role: string }[] }>(
        '{ allPeople { email role } }',
        {},
        { token },
      );
      expect(people.data?.allPeople).toEqual([{ email: 'it-leitung@wuppertal.example', role: 'ADMIN' }]);
      expect((await t.graphql<{ demoAccounts: unknown[] }>('{ demoAccounts { email } }')).data?.demoAccounts).toEqual(
        [],
      );
    } finally {
      await t.close();
    }
  });
});
