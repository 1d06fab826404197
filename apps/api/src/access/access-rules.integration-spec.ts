import { Role } from '@leitstand/shared-domain';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { errorCode } from '../../test/graphql-client';
import { snapshot } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { ACCESS_RULE } from './access.decorators';

const MISSING = '00000000-0000-4000-8000-000000000000';

type CallerKind = 'anonymous' | Role | 'api-token';

/** Records of a project that the demo lead leads (DIG-002), for calls that must pass the lead's own checks. */
interface Refs {
  project: string;
  milestone: string;
  kpi: string;
  risk: string;
}

interface Operation {
  name: string;
  query: string;
  variables?: (refs: Refs) => Record<string, unknown>;
  /** Who may run it; 'public' for everyone. */
  allowed: readonly Role[] | 'public';
  mutation: boolean;
  /** Ends the caller's session when allowed: each caller gets a session of its own. */
  endsSession?: boolean;
  /**
   * What the operation answers those it allows where the feature it belongs to is switched off in
   * the tests' configuration (FORBIDDEN with this message): still told apart from a refusal by role.
   */
  switchedOff?: RegExp;
}

const ALL = Object.values(Role);
const ADMIN = [Role.ADMIN];
const MANAGERS = [Role.PORTFOLIO_MANAGER, Role.ADMIN];
const EDITORS = [Role.PROJECT_LEAD, Role.PORTFOLIO_MANAGER, Role.ADMIN];
/** A version that no record has: writes to existing records end in CONFLICT and change nothing. */
const STALE = 999;

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
  { name: 'signInOptions', query: '{ signInOptions { localLogin } }', allowed: 'public', mutation: false },
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
  // The portfolio: reading is for everyone signed in; writes by role, and for leads on their own projects.
  { name: 'node', query: `{ node(id: "${MISSING}") { id } }`, allowed: ALL, mutation: false },
  { name: 'projects', query: '{ projects(first: 1) { totalCount } }', allowed: ALL, mutation: false },
  { name: 'project', query: '{ project(code: "DIG-002") { id } }', allowed: ALL, mutation: false },
  { name: 'milestones', query: '{ milestones(first: 1) { totalCount } }', allowed: ALL, mutation: false },
  { name: 'portfolioSummary', query: '{ portfolioSummary { projectCount } }', allowed: ALL, mutation: false },
  { name: 'strategies', query: '{ strategies { id } }', allowed: ALL, mutation: false },
  {
    name: 'portfolioChanges',
    query: '{ portfolioChanges(from: "2026-01-01T00:00:00Z") { statusUpdatesPosted } }',
    allowed: ALL,
    mutation: false,
  },
  { name: 'reminderSettings', query: '{ reminderSettings { enabled } }', allowed: ALL, mutation: false },
  { name: 'webhooks', query: '{ webhooks { id } }', allowed: ADMIN, mutation: false },
  {
    name: 'createWebhook',
    query: 'mutation { createWebhook(input: { url: "ftp://example.org/", events: [STATUS_POSTED] }) { secret } }',
    allowed: ADMIN,
    mutation: true,
  },
  { name: 'deleteWebhook', query: `mutation { deleteWebhook(id: "${MISSING}") }`, allowed: ADMIN, mutation: true },
  {
    name: 'retryWebhookDelivery',
    query: `mutation { retryWebhookDelivery(id: "${MISSING}") { id } }`,
    allowed: ADMIN,
    mutation: true,
  },
  {
    name: 'sendStatusReminders',
    query: `mutation { sendStatusReminders(projectId: "${MISSING}") }`,
    allowed: MANAGERS,
    mutation: true,
    switchedOff: /Reminders are off/,
  },
  {
    name: 'setMyLanguage',
    query: 'mutation { setMyLanguage(language: DE) { id } }',
    allowed: [Role.VIEWER, Role.PROJECT_LEAD, Role.PORTFOLIO_MANAGER, Role.ADMIN],
    mutation: true,
  },
  {
    name: 'updateStrategy',
    query: `mutation { updateStrategy(input: { id: "${MISSING}", name: "X", startYear: 2024, endYear: 2030 }) { id } }`,
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'updateFieldOfAction',
    query: `mutation { updateFieldOfAction(input: { id: "${MISSING}", name: "X" }) { id } }`,
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'createProject',
    query: 'mutation { createProject(input: { code: "", title: "" }) { id } }',
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'updateProject',
    query:
      'mutation ($id: ID!, $v: Int!) { updateProject(input: { id: $id, expectedVersion: $v, title: "X" }) { id } }',
    variables: (refs) => ({ id: refs.project, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'postStatusUpdate',
    query:
      'mutation ($id: ID!) { postStatusUpdate(input: { projectId: $id, health: ON_TRACK, progress: 101, summary: "X" }) { id } }',
    variables: (refs) => ({ id: refs.project }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'createMilestone',
    query:
      'mutation ($id: ID!) { createMilestone(input: { projectId: $id, title: "", plannedDate: "2026-01-01" }) { id } }',
    variables: (refs) => ({ id: refs.project }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'updateMilestone',
    query:
      'mutation ($id: ID!, $v: Int!) { updateMilestone(input: { id: $id, expectedVersion: $v, title: "X" }) { id } }',
    variables: (refs) => ({ id: refs.milestone, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'completeMilestone',
    query: 'mutation ($id: ID!, $v: Int!) { completeMilestone(id: $id, expectedVersion: $v) { id } }',
    variables: (refs) => ({ id: refs.milestone, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'rebaselineMilestone',
    query:
      'mutation ($id: ID!, $v: Int!) { rebaselineMilestone(id: $id, expectedVersion: $v, plannedDate: "2030-01-01", reason: "Grund") { id } }',
    variables: (refs) => ({ id: refs.milestone, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'archiveProject',
    query: 'mutation ($id: ID!, $v: Int!) { archiveProject(id: $id, expectedVersion: $v) { id } }',
    variables: (refs) => ({ id: refs.project, v: STALE }),
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'restoreProject',
    query: 'mutation ($id: ID!, $v: Int!) { restoreProject(id: $id, expectedVersion: $v) { id } }',
    variables: (refs) => ({ id: refs.project, v: STALE }),
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'deleteMilestone',
    query: 'mutation ($id: ID!, $v: Int!) { deleteMilestone(id: $id, expectedVersion: $v) }',
    variables: (refs) => ({ id: refs.milestone, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'createKpi',
    query: 'mutation ($id: ID!) { createKpi(input: { projectId: $id, name: "", unit: "" }) { id } }',
    variables: (refs) => ({ id: refs.project }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'recordKpiMeasurement',
    query: `mutation { recordKpiMeasurement(input: { kpiId: "${MISSING}", date: "2026-01-01", value: 1 }) { id } }`,
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'createRisk',
    query:
      'mutation ($id: ID!) { createRisk(input: { projectId: $id, title: "", probability: LOW, impact: LOW }) { id } }',
    variables: (refs) => ({ id: refs.project }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'updateRisk',
    query:
      'mutation ($id: ID!, $v: Int!) { updateRisk(input: { id: $id, expectedVersion: $v, status: CLOSED }) { id } }',
    variables: (refs) => ({ id: refs.risk, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'setProjectMembers',
    query:
      'mutation ($id: ID!, $v: Int!) { setProjectMembers(projectId: $id, expectedVersion: $v, members: []) { id } }',
    variables: (refs) => ({ id: refs.project, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'setProjectDependencies',
    query:
      'mutation ($id: ID!, $v: Int!) { setProjectDependencies(projectId: $id, expectedVersion: $v, dependsOn: []) { id } }',
    variables: (refs) => ({ id: refs.project, v: STALE }),
    allowed: EDITORS,
    mutation: true,
  },
  {
    name: 'createStrategy',
    query: 'mutation { createStrategy(input: { name: "", startYear: 2024, endYear: 2030 }) { id } }',
    allowed: MANAGERS,
    mutation: true,
  },
  {
    name: 'createFieldOfAction',
    query: `mutation { createFieldOfAction(input: { strategyId: "${MISSING}", name: "" }) { id } }`,
    allowed: MANAGERS,
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
  let refs: Refs;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login(EMAIL.ADMIN);
    const project = await t.graphql<{
      project: { id: string; milestones: { id: string }[]; kpis: { id: string }[]; risks: { id: string }[] };
    }>('{ project(code: "DIG-002") { id milestones { id } kpis { id } risks { id } } }', {}, { token: admin });
    const found = project.data?.project;
    if (!found) throw new Error(`DIG-002 is missing: ${JSON.stringify(project.errors)}`);
    refs = { project: found.id, milestone: found.milestones[0].id, kpi: found.kpis[0].id, risk: found.risks[0].id };
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
    return JSON.stringify({ accounts: rows, portfolio: await snapshot(t) });
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
      const body = await t.graphql(operation.query, operation.variables?.(refs), { token });
      const code = errorCode(body);
      if (expected === 'allowed' && operation.switchedOff && code === 'FORBIDDEN') {
        expect(body.errors?.[0]?.message).toMatch(operation.switchedOff);
      } else if (expected === 'allowed') {
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(operation.name === 'login' ? undefined : code);
      } else {
        expect(code).toBe(expected);
        if (operation.switchedOff) expect(body.errors?.[0]?.message).not.toMatch(operation.switchedOff);
        // A refusal changes nothing (a session this test opened for the caller stays open).
        expect(await fingerprint()).toBe(before);
      }
    });
  });
});
