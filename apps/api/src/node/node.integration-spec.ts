import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { errorCode } from '../../test/graphql-client';
import { EMAIL, MISSING_ID, Portfolio } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** node(id:): every entity of the API is found by its id alone. */
describe('Query.node', () => {
  let t: TestApp;
  let api: Portfolio;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
    const data = await api.ok<{
      project: {
        id: string;
        department: { id: string };
        lead: { id: string };
        field: { id: string; strategy: { id: string } };
        milestones: { id: string }[];
        latestStatus: { id: string };
        kpis: { id: string }[];
        risks: { id: string }[];
        history: { nodes: { id: string }[] };
      };
    }>(
      EMAIL.viewer,
      `{ project(code: "DIG-002") { id department { id } lead { id } field { id strategy { id } }
         milestones { id } latestStatus { id } kpis { id } risks { id } history(first: 1) { nodes { id } } } }`,
    );
    const project = data.project;
    Object.assign(ids, {
      Project: project.id,
      Department: project.department.id,
      Person: project.lead.id,
      FieldOfAction: project.field.id,
      Strategy: project.field.strategy.id,
      Milestone: project.milestones[0].id,
      StatusUpdate: project.latestStatus.id,
      Kpi: project.kpis[0].id,
      Risk: project.risks[0].id,
      AuditEvent: project.history.nodes[0].id,
    });
    const admin = await api.ok<{ createApiToken: { apiToken: { id: string } } }>(
      EMAIL.admin,
      'mutation ($id: ID!) { createApiToken(input: { personId: $id, name: "Export" }) { apiToken { id } } }',
      { id: project.lead.id },
    );
    const events = await api.ok<{ securityEvents: { nodes: { id: string }[] } }>(
      EMAIL.admin,
      '{ securityEvents(first: 1) { nodes { id } } }',
    );
    const webhook = await api.ok<{ createWebhook: { webhook: { id: string } } }>(
      EMAIL.admin,
      'mutation { createWebhook(input: { url: "https://93.184.215.14/hook", events: [STATUS_POSTED] }) { webhook { id } } }',
    );
    ids.ApiToken = admin.createApiToken.apiToken.id;
    ids.SecurityEvent = events.securityEvents.nodes[0].id;
    ids.Webhook = webhook.createWebhook.webhook.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every type of the schema that implements Node', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((candidate) => candidate.name === 'Node'))
      .map((type) => type.name)
      .sort();
    expect(nodeTypes.filter((name) => !(name in ids))).toEqual([]);
  });

  it.each([
    'Project',
    'Milestone',
    'StatusUpdate',
    'Kpi',
    'Risk',
    'AuditEvent',
    'Strategy',
    'FieldOfAction',
    'Person',
    'Department',
  ])('finds a %s by its id', async (type) => {
    const data = await api.ok<{ node: { __typename: string; id: string } | null }>(
      EMAIL.viewer,
      'query ($id: ID!) { node(id: $id) { __typename id } }',
      { id: ids[type] },
    );
    expect(data.node).toEqual({ __typename: type, id: ids[type] });
  });

  it.each(['ApiToken', 'SecurityEvent', 'Webhook'])('finds a %s for ADMIN and for no one else', async (type) => {
    const query = 'query ($id: ID!) { node(id: $id) { __typename id } }';
    expect((await api.ok<{ node: unknown }>(EMAIL.admin, query, { id: ids[type] })).node).toEqual({
      __typename: type,
      id: ids[type],
    });
    for (const email of [EMAIL.portfolio, EMAIL.lead, EMAIL.viewer]) {
      const body = await api.as<{ node: unknown }>(email, query, { id: ids[type] });
      expect({ email, node: body.data?.node ?? null }).toEqual({ email, node: null });
    }
  });

  it('gives the fields of the type through a fragment', async () => {
    const data = await api.ok<{ node: { code: string; milestones: { id: string }[] } }>(
      EMAIL.viewer,
      'query ($id: ID!) { node(id: $id) { ... on Project { code milestones { id } } } }',
      { id: ids.Project },
    );
    expect(data.node.code).toBe('DIG-002');
    expect(data.node.milestones.map((milestone) => milestone.id)).toContain(ids.Milestone);
  });

  it('finds several nodes of different types in one query', async () => {
    const data = await api.ok<Record<string, { __typename: string }>>(
      EMAIL.viewer,
      'query ($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { __typename } b: node(id: $b) { __typename } c: node(id: $c) { __typename } }',
      { a: ids.Kpi, b: ids.Risk, c: ids.StatusUpdate },
    );
    expect(data).toEqual({ a: { __typename: 'Kpi' }, b: { __typename: 'Risk' }, c: { __typename: 'StatusUpdate' } });
  });

  it('answers null for an id that names nothing', async () => {
    const body = await api.as(EMAIL.viewer, 'query ($id: ID!) { node(id: $id) { id } }', { id: MISSING_ID });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null });
  });

  it('answers null, or BAD_USER_INPUT, for an id that is not one of ours; never an internal error', async () => {
    const body = await api.as<{ node: unknown }>(EMAIL.viewer, '{ node(id: "DIG-002") { id } }');
    if (body.errors) expect(errorCode(body)).toBe('BAD_USER_INPUT');
    else expect(body.data).toEqual({ node: null });
  });

  it('refuses anonymous callers', async () => {
    const body = await t.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: ids.Project });
    expect(errorCode(body)).toBe('UNAUTHENTICATED');
  });
});
