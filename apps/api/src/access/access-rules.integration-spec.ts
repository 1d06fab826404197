import { Role } from '@leitstand/shared-domain';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { errorCode } from '../../test/graphql-client';
import { startTestApp, TestApp } from '../../test/test-app';
import { ACCESS_RULE } from './access.decorators';

const MISSING = '00000000-0000-4000-8000-000000000000';

type CallerKind = 'anonymous' | Role | 'api-token';

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Who may run it; 'public' for everyone. */
  allowed: readonly Role[] | 'public';
  mutation: boolean;
  /** Ends the caller's session when allowed: each caller gets a session of its own. */
  endsSession?: boolean;
}

const ALL = Object.values(Role);
const ADMIN = [Role.ADMIN];

/**
 * Every operation of the API with a call that changes nothing when it is allowed (unknown ids,
 * inputs that fail validation), so that the matrix can run each one as each kind of caller.
 */
const OPERATIONS: Operation[] = [
  { name: 'me', query: '{ me { id } }', allowed: ALL, mutation: false },
  { name: 'people', query: '{ people { id } }', allowed: ALL, mutation: false },
  { name: 'departments', query: '{ departments { id } }', allowed: ALL, mutation: false },
  { name: 'system', query: '{ system { name } }', allowed: ALL, mutation: false },
  { name: 'demoAccounts', query: '{ demoAccounts { email } }', allowed: 'public', mutation: false },
  { name: 'allPeople', query: '{ allPeople { id } }', allowed: ADMIN, mutation: false },
  { name: 'apiTokens', query: '{ apiTokens { id } }', allowed: ADMIN, mutation: false },
  { name: 'securityEvents', query: '{ securityEvents { totalCount } }', allowed: ADMIN, mutation: false },
  {
    name: 'login',
    query: 'mutation { login(email: "nobody@leitstand.example", password: "x") { token } }',
    allowed: 'public',
    mutation: true,
  },
  { name: 'logout', query: 'mutation { logout }', allowed: ALL, mutation: true, endsSession: true },
  {
    name: 'changeMyPassword',
    query: `mutation { changeMyPassword(currentPassword: "demo-password", newPassword: "short") }`,
    allowed: ALL,
    mutation: true,
  },
  {
    name: 'createPerson',
    query: 'mutation { createPerson(input: { name: "", email: "x@leitstand.example", role: VIEWER }) { id } }',
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'updatePerson',
    query: `mutation { updatePerson(input: { id: "${MISSING}", expectedVersion: 1, name: "X" }) { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'deactivatePerson',
    query: `mutation { deactivatePerson(id: "${MISSING}", expectedVersion: 1) { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'reactivatePerson',
    query: `mutation { reactivatePerson(id: "${MISSING}", expectedVersion: 1) { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'resetPassword',
    query: `mutation { resetPassword(id: "${MISSING}", newPassword: "a-long-enough-password") { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'createApiToken',
    query: `mutation { createApiToken(input: { personId: "${MISSING}", name: "x" }) { token } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'revokeApiToken',
    query: `mutation { revokeApiToken(id: "${MISSING}") { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'createDepartment',
    query: 'mutation { createDepartment(input: { code: "", name: "X" }) { id } }',
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'updateDepartment',
    query: `mutation { updateDepartment(input: { id: "${MISSING}", name: "X" }) { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
];

const EMAIL: Record<Role, string> = {
  [Role.ADMIN]: 'admin@leitstand.example',
  [Role.PORTFOLIO_MANAGER]: 'portfolio@leitstand.example',
  [Role.PROJECT_LEAD]: 'lead@leitstand.example',
  [Role.VIEWER]: 'viewer@leitstand.example',
};

describe('access rules', () => {
  let t: TestApp;
  let apiToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login(EMAIL.ADMIN);
    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin });
    const created = await t.graphql<{ createApiToken: { token: string } }>(
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Controlling" }) { token } }',
      { id: me.data?.me.id },
      { token: admin },
    );
    apiToken = created.data!.createApiToken.token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every query and mutation of the schema an explicit rule', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    const withRule = new Set<string>();
    const scanner = new MetadataScanner();
    for (const wrapper of new DiscoveryService(t.app.get(ModulesContainer)).getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method] as object;
        const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
        if (Reflect.getMetadata(ACCESS_RULE, handler)) withRule.add(`${type}.${name}`);
      }
    }
    expect(fields.filter((field) => !withRule.has(field))).toEqual([]);
    expect(fields.length).toBeGreaterThanOrEqual(OPERATIONS.length);
  });

  it('lists every operation of the schema in this matrix', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const names = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    expect(names.filter((name) => !OPERATIONS.some((operation) => operation.name === name))).toEqual([]);
  });

  /** Everything that an operation of this matrix could change, as one comparable text. */
  async function fingerprint(): Promise<string> {
    const rows = await t.database.dataSource.query(
      `SELECT (SELECT json_agg(p ORDER BY p.id) FROM (SELECT id, name, email, role, active, version, password_hash, department_id FROM person) p) AS people,
              (SELECT json_agg(d ORDER BY d.id) FROM (SELECT id, code, name FROM department) d) AS departments,
              (SELECT json_agg(a ORDER BY a.id) FROM (SELECT id, name, revoked_at FROM api_token) a) AS tokens,
              (SELECT count(*) FROM session WHERE revoked_at IS NULL) AS open_sessions`,
    );
    return JSON.stringify(rows);
  }

  const callers: CallerKind[] = [
    'anonymous',
    Role.VIEWER,
    Role.PROJECT_LEAD,
    Role.PORTFOLIO_MANAGER,
    Role.ADMIN,
    'api-token',
  ];

  describe.each(OPERATIONS)('$name', (operation) => {
    it.each(callers)('as %s', async (caller) => {
      const token =
        caller === 'anonymous' ? undefined : caller === 'api-token' ? apiToken : await t.login(EMAIL[caller]);
      const expected =
        operation.allowed === 'public'
          ? 'allowed'
          : caller === 'anonymous'
            ? 'UNAUTHENTICATED'
            : caller === 'api-token'
              ? operation.mutation
                ? 'FORBIDDEN'
                : operation.allowed.includes(Role.ADMIN)
                  ? 'allowed'
                  : 'FORBIDDEN'
              : operation.allowed.includes(caller)
                ? 'allowed'
                : 'FORBIDDEN';

      const before = await fingerprint();
      const body = await t.graphql(operation.query, operation.variables, { token });
      const code = errorCode(body);
      if (expected === 'allowed') {
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(operation.name === 'login' ? undefined : code);
      } else {
        expect(code).toBe(expected);
        // A refusal changes nothing (a session this test opened for the caller stays open).
        expect(await fingerprint()).toBe(before);
      }
    });
  });
});
