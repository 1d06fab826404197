import { errorCode } from '../../test/graphql-client';
import { DEMO_PASSWORD, startTestApp, TestApp } from '../../test/test-app';

const PERSON = 'id name email role active version department { code }';

describe('account management by ADMIN', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@leitstand.example');
  });
  afterAll(async () => {
    await t.close();
  });

  async function createPerson(input: Record<string, unknown>) {
    return t.graphql<{
      createPerson: { id: string; version: number; role: string; department: { code: string } | null };
    }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON} } }`,
      { input },
      { token: admin },
    );
  }

  it('creates a person who can then sign in, with the email in lower case', async () => {
    const department = await t.graphql<{ createDepartment: { id: string } }>(
      'mutation { createDepartment(input: { code: "Amt 33", name: "Einwohnermeldeamt" }) { id } }',
      {},
      { token: admin },
    );
    const body = await createPerson({
      name: 'Mira Neumann',
      email: 'Mira.Neumann@Wuppertal.example',
      role: 'PROJECT_LEAD',
      departmentId: department.data?.createDepartment.id,
      password: 'a-long-password',
    });
    expect(body.data?.createPerson).toMatchObject({
      email: 'mira.neumann@wuppertal.example',
      role: 'PROJECT_LEAD',
      active: true,
      version: 1,
      department: { code: 'Amt 33' },
    });
    expect(await t.login('mira.neumann@wuppertal.example', 'a-long-password')).toEqual(expect.any(String));
  });

  it('names every faulty field of a bad person and writes nothing', async () => {
    const before = await t.database.dataSource.query('SELECT count(*)::int AS n FROM person');
    const body = await createPerson({
      name: ' ',
      email: 'not-an-email',
      role: 'VIEWER',
      departmentId: 'nope',
      password: 'short',
    });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    const paths = (body.errors?.[0].extensions?.fields as { path: string }[]).map((field) => field.path).sort();
    expect(paths).toEqual(['input.departmentId', 'input.email', 'input.name', 'input.password']);
    expect(await t.database.dataSource.query('SELECT count(*)::int AS n FROM person')).toEqual(before);
  });

  it('refuses a second person with the same email, naming the field', async () => {
    const body = await createPerson({ name: 'Zweite Person', email: 'VIEWER@leitstand.example', role: 'VIEWER' });
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.email', message: 'is already the email of another person' }],
    });
  });

  it('changes a role with the version the admin saw, and refuses a stale one with CONFLICT', async () => {
    const created = await createPerson({ name: 'Ole Wagner', email: 'ole.wagner@wuppertal.example', role: 'VIEWER' });
    const id = created.data!.createPerson.id;
    const update = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON} } }`;
    const changed = await t.graphql<{ updatePerson: { role: string; version: number } }>(
      update,
      { input: { id, expectedVersion: 1, role: 'PORTFOLIO_MANAGER' } },
      { token: admin },
    );
    expect(changed.data?.updatePerson).toMatchObject({ role: 'PORTFOLIO_MANAGER', version: 2 });
    const stale = await t.graphql(update, { input: { id, expectedVersion: 1, role: 'ADMIN' } }, { token: admin });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const events = await t.graphql<{
      securityEvents: { nodes: { kind: string; subject: { email: string } | null; actor: { email: string } | null }[] };
    }>(
      '{ securityEvents(first: 10) { nodes { kind subject { email } actor { email } ipAddress } } }',
      {},
      { token: admin },
    );
    expect(events.data?.securityEvents.nodes).toContainEqual(
      expect.objectContaining({
        kind: 'role.changed',
        subject: { email: 'ole.wagner@wuppertal.example' },
        actor: { email: 'admin@leitstand.example' },
      }),
    );
  });

  it('stops a deactivated person at once: their session, their API token and their sign-in', async () => {
    const lead = await t.login('lead@leitstand.example');
    const me = await t.graphql<{ me: { id: string; version: number } }>('{ me { id version } }', {}, { token: lead });
    const { id, version } = me.data!.me;
    const token = await t.graphql<{ createApiToken: { token: string } }>(
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Bericht" }) { token } }',
      { id },
      { token: admin },
    );
    const apiToken = token.data!.createApiToken.token;
    expect((await t.graphql('{ me { id } }', {}, { token: apiToken })).data).toBeTruthy();

    const deactivated = await t.graphql<{ deactivatePerson: { active: boolean } }>(
      'mutation ($id: ID!, $v: Int!) { deactivatePerson(id: $id, expectedVersion: $v) { active } }',
      { id, v: version },
      { token: admin },
    );
    expect(deactivated.data?.deactivatePerson.active).toBe(false);
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: lead }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: apiToken }))).toBe('UNAUTHENTICATED');
    const login = await t.graphql(
      'mutation { login(email: "lead@leitstand.example", password: "demo-password") { token } }',
    );
    expect(login.errors?.[0].message).toBe('Wrong email or password.');

    await t.graphql(
      'mutation ($id: ID!, $v: Int!) { reactivatePerson(id: $id, expectedVersion: $v) { active } }',
      { id, v: version + 1 },
      { token: admin },
    );
    expect(await t.login('lead@leitstand.example')).toEqual(expect.any(String));
    // Reactivation gives no token back: the token was revoked for good, as the token list shows.
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: apiToken }))).toBe('UNAUTHENTICATED');
    const tokens = await t.graphql<{ apiTokens: { name: string; revokedAt: string | null }[] }>(
      'query ($id: ID!) { apiTokens(personId: $id) { name revokedAt } }',
      { id },
      { token: admin },
    );
    expect(tokens.data?.apiTokens).toEqual([{ name: 'Bericht', revokedAt: expect.any(String) }]);
  });

  it('resets a password, ending the sessions made with the old one', async () => {
    const viewer = await t.login('viewer@leitstand.example');
    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token: viewer });
    const reset = await t.graphql(
      'mutation ($id: ID!) { resetPassword(id: $id, newPassword: "eine-neue-passphrase") { id } }',
      { id: me.data!.me.id },
      { token: admin },
    );
    expect(reset.errors).toBeUndefined();
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: viewer }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await t.graphql(
          `mutation { login(email: "viewer@leitstand.example", password: "${DEMO_PASSWORD}") { token } }`,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await t.login('viewer@leitstand.example', 'eine-neue-passphrase')).toEqual(expect.any(String));
  });
});

describe('read-only API tokens', () => {
  let t: TestApp;
  let admin: string;
  let portfolioId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@leitstand.example');
    const people = await t.graphql<{ people: { id: string; email: string }[] }>(
      '{ people { id email } }',
      {},
      { token: admin },
    );
    portfolioId = people.data!.people.find((person) => person.email === 'portfolio@leitstand.example')!.id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function createToken(expiresInDays?: number) {
    const body = await t.graphql<{
      createApiToken: { token: string; apiToken: { id: string; name: string; person: { email: string } } };
    }>(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name lastUsedAt person { email } } } }',
      { input: { personId: portfolioId, name: 'Controlling', expiresInDays } },
      { token: admin },
    );
    return body.data!.createApiToken;
  }

  it('shows the token once, keeps only its hash, reads with it and records its use', async () => {
    const { token, apiToken } = await createToken();
    expect(token).toMatch(/^lst_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.person.email).toBe('portfolio@leitstand.example');
    const stored: { token_hash: string }[] = await t.database.dataSource.query(
      'SELECT token_hash FROM api_token WHERE id = $1',
      [apiToken.id],
    );
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await t.graphql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    expect(me.data?.me.email).toBe('portfolio@leitstand.example');
    const listed = await t.graphql<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      '{ apiTokens { id lastUsedAt } }',
      {},
      { token: admin },
    );
    expect(listed.data?.apiTokens.find((row) => row.id === apiToken.id)?.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('can never write, whatever the role of its person', async () => {
    const { token } = await createToken();
    const body = await t.graphql(
      'mutation { createDepartment(input: { code: "X 1", name: "X" }) { id } }',
      {},
      { token },
    );
    expect(body.errors?.[0]).toMatchObject({
      message: 'API tokens are read-only: they can never write.',
      extensions: { code: 'FORBIDDEN' },
    });
    const adminToken = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin });
    const own = await t.graphql<{ createApiToken: { token: string } }>(
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Admin-Token" }) { token } }',
      { id: adminToken.data!.me.id },
      { token: admin },
    );
    expect(
      errorCode(
        await t.graphql(
          'mutation { createDepartment(input: { code: "X 2", name: "X" }) { id } }',
          {},
          { token: own.data!.createApiToken.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await t.database.dataSource.query(`SELECT count(*)::int AS n FROM department WHERE code LIKE 'X %'`),
    ).toEqual([{ n: 0 }]);
  });

  it('stops working once revoked or expired', async () => {
    const revoked = await createToken();
    await t.graphql(
      'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { id: revoked.apiToken.id },
      { token: admin },
    );
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: revoked.token }))).toBe('UNAUTHENTICATED');

    const expiring = await createToken(30);
    expect((await t.graphql('{ me { id } }', {}, { token: expiring.token })).data).toBeTruthy();
    await t.database.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.apiToken.id,
    ]);
    expect(errorCode(await t.graphql('{ me { id } }', {}, { token: expiring.token }))).toBe('UNAUTHENTICATED');

    const kinds = await t.graphql<{ securityEvents: { nodes: { kind: string }[] } }>(
      '{ securityEvents(first: 50) { nodes { kind } } }',
      {},
      { token: admin },
    );
    expect(kinds.data?.securityEvents.nodes.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['token.created', 'token.revoked', 'login.succeeded']),
    );
  });
});

describe('the last active ADMIN', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  const UPDATE_ROLE =
    'mutation ($id: ID!, $v: Int!, $role: Role!) { updatePerson(input: { id: $id, expectedVersion: $v, role: $role }) { role version } }';
  const DEACTIVATE = 'mutation ($id: ID!, $v: Int!) { deactivatePerson(id: $id, expectedVersion: $v) { active } }';

  async function admins(token = admin): Promise<{ id: string; email: string; version: number }[]> {
    const body = await t.graphql<{
      allPeople: { id: string; email: string; role: string; active: boolean; version: number }[];
    }>('{ allPeople { id email role active version } }', {}, { token });
    return (body.data?.allPeople ?? []).filter((person) => person.role === 'ADMIN' && person.active);
  }

  async function roleChanges(): Promise<number> {
    const body = await t.graphql<{ securityEvents: { nodes: { kind: string }[] } }>(
      '{ securityEvents(first: 200) { nodes { kind } } }',
      {},
      { token: admin },
    );
    return (body.data?.securityEvents.nodes ?? []).filter((event) => event.kind === 'role.changed').length;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@leitstand.example');
    const [only] = await admins();
    adminId = only.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('cannot lose the role: refused at input.role, and nothing is written', async () => {
    const [before] = await admins();
    const body = await t.graphql(UPDATE_ROLE, { id: adminId, v: before.version, role: 'VIEWER' }, { token: admin });
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.role', message: 'is the last active ADMIN, who cannot lose the role' }],
    });
    expect(await admins()).toEqual([before]);
    expect(await roleChanges()).toBe(0);
  });

  it('cannot be deactivated: refused at id, and the account keeps working', async () => {
    const [before] = await admins();
    const body = await t.graphql(DEACTIVATE, { id: adminId, v: before.version }, { token: admin });
    expect(body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id', message: 'is the last active ADMIN, who cannot be deactivated' }],
    });
    expect(await admins()).toEqual([before]);
    expect((await t.graphql('{ me { id } }', {}, { token: admin })).data).toBeTruthy();
  });

  it('keeps one of two ADMINs who demote and deactivate each other at the same moment, round after round', async () => {
    let current = { id: adminId, token: admin };
    for (let round = 0; round < 5; round++) {
      const email = `zweite-${round}@leitstand.example`;
      const created = await t.graphql<{ createPerson: { id: string; version: number } }>(
        `mutation { createPerson(input: { name: "Zweite Admin", email: "${email}", role: ADMIN, password: "${DEMO_PASSWORD}" }) { id version } }`,
        {},
        { token: current.token },
      );
      const second = { ...created.data!.createPerson, token: await t.login(email) };
      const [first] = (await admins(current.token)).filter((person) => person.id === current.id);
      const [demoted, deactivated] = await Promise.all([
        t.graphql(UPDATE_ROLE, { id: second.id, v: second.version, role: 'VIEWER' }, { token: current.token }),
        t.graphql(DEACTIVATE, { id: current.id, v: first.version }, { token: second.token }),
      ]);
      const outcomes = [demoted, deactivated].map((body) => errorCode(body) ?? 'done');
      // One wins; the other is refused, as the last ADMIN's change (BAD_USER_INPUT) or, when the
      // winner's change was already in force as it was checked, as no longer an ADMIN (FORBIDDEN).
      expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(1);
      expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(outcomes.find((outcome) => outcome !== 'done'));
      // Whoever won is the one ADMIN left, and can still manage accounts.
      if (!errorCode(deactivated)) current = second;
      expect(await admins(current.token)).toHaveLength(1);
    }
  });
});
