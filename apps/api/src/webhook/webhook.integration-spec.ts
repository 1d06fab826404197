import { Webhook as StandardWebhook } from 'standardwebhooks';
import { UnitOfWork } from '../database/unit-of-work';
import {
  addDays,
  COMPLETE_MILESTONE,
  CREATE_MILESTONE,
  CREATE_RISK,
  dataOf,
  EMAIL,
  MilestoneView,
  Portfolio,
  POST_STATUS,
  problemsOf,
  ProjectView,
  today,
  UPDATE_MILESTONE,
  UPDATE_PROJECT,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { errorCode } from '../../test/graphql-client';
import { Received, sleep, WebhookReceiver } from '../../test/webhook-receiver';

const CREATE_WEBHOOK = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id url description events active createdAt } } }`;
const DELIVERIES = `query { webhooks { id deliveries(first: 50) { totalCount nodes { id event attempts lastStatus lastError deliveredAt failed createdAt } } } }`;

interface DeliveryView {
  id: string;
  event: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  failed: boolean;
}

const ALL_EVENTS = [
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'PROJECT_ARCHIVED',
  'STATUS_POSTED',
  'MILESTONE_COMPLETED',
  'MILESTONE_SLIPPED',
  'RISK_CREATED',
  'RISK_UPDATED',
];

describe('webhooks', () => {
  let t: TestApp;
  let api: Portfolio;
  let receiver: WebhookReceiver;
  let secret: string;
  let webhookId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { webhooks: { allowPrivate: true } } });
    api = new Portfolio(t);
    receiver = await WebhookReceiver.start();
    const created = await api.ok<{ createWebhook: { secret: string; webhook: { id: string; active: boolean } } }>(
      EMAIL.admin,
      CREATE_WEBHOOK,
      { input: { url: receiver.url, description: 'Intranet', events: ALL_EVENTS } },
    );
    secret = created.createWebhook.secret;
    webhookId = created.createWebhook.webhook.id;
  });

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  beforeEach(async () => {
    await quiet();
    receiver.statuses = [];
  });

  async function deliveries(): Promise<DeliveryView[]> {
    const data = await api.ok<{ webhooks: { id: string; deliveries: { nodes: DeliveryView[] } }[] }>(
      EMAIL.admin,
      DELIVERIES,
    );
    return data.webhooks.find((webhook) => webhook.id === webhookId)!.deliveries.nodes;
  }

  /** Waits until every delivery so far has been made, then forgets what the receiver got. */
  async function quiet(): Promise<void> {
    const deadline = Date.now() + 20_000;
    while ((await deliveries()).some((delivery) => !delivery.deliveredAt && !delivery.failed)) {
      if (Date.now() > deadline) throw new Error('Deliveries are still pending');
      await sleep(100);
    }
    receiver.received.length = 0;
  }

  async function postStatus(project: ProjectView, summary: string): Promise<void> {
    await api.ok(EMAIL.portfolio, POST_STATUS, { input: { projectId: project.id, health: 'AT_RISK', summary } });
  }

  function verified(request: Received): unknown {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    return new StandardWebhook(secret).verify(request.body, headers);
  }

  it('shows the secret once, as a Standard Webhooks secret, and never again', async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await api.as(EMAIL.admin, '{ webhooks { id secret } }');
    expect(errorCode(listed)).toBe('GRAPHQL_VALIDATION_FAILED');
    const data = await api.ok<{ webhooks: { id: string; url: string; events: string[]; active: boolean }[] }>(
      EMAIL.admin,
      '{ webhooks { id url events active } }',
    );
    expect(data.webhooks).toEqual([{ id: webhookId, url: receiver.url, events: ALL_EVENTS, active: true }]);
    expect(JSON.stringify(await t.graphql('{ webhooks { id url } }'))).not.toContain('whsec_');
  });

  it('is for administrators only', async () => {
    expect(errorCode(await api.as(EMAIL.portfolio, '{ webhooks { id } }'))).toBe('FORBIDDEN');
    const refused = await api.as(EMAIL.portfolio, CREATE_WEBHOOK, {
      input: { url: receiver.url, events: ['STATUS_POSTED'] },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('posts a status report as a signed event that the Standard Webhooks library verifies, naming the project', async () => {
    const project = await api.makeProject();
    await quiet();
    await postStatus(project, 'Verzug bei der Ausschreibung');
    const [request] = await receiver.waitFor(1);
    expect(verified(request)).toEqual(request.json);
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(request.json).toMatchObject({
      type: 'STATUS_POSTED',
      data: {
        project: { id: project.id, code: project.code, title: project.title },
        action: 'status.posted',
        entity: { type: 'StatusUpdate' },
        changes: expect.arrayContaining([
          { field: 'summary', from: null, to: 'Verzug bei der Ausschreibung' },
          { field: 'health', from: 'ON_TRACK', to: 'AT_RISK' },
        ]),
      },
    });
    expect(new Date(request.json.timestamp).toISOString()).toBe(request.json.timestamp);
    // A body changed on the way fails verification.
    expect(() => verified({ ...request, body: request.body.replace('AT_RISK', 'ON_TRACK') })).toThrow();
  });

  it('gives the event to a receiver that failed twice on the third attempt, with the same webhook-id', async () => {
    const project = await api.makeProject();
    await quiet();
    receiver.statuses = [500, 503];
    await postStatus(project, 'Dritter Versuch');
    const requests = await receiver.waitFor(3);
    expect(requests.map((request) => request.json.type)).toEqual(['STATUS_POSTED', 'STATUS_POSTED', 'STATUS_POSTED']);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    for (const request of requests) expect(verified(request)).toEqual(request.json);
    await sleep(300);
    const delivery = (await deliveries()).find((candidate) => candidate.id === requests[0].headers['webhook-id'])!;
    expect(delivery).toMatchObject({
      event: 'STATUS_POSTED',
      attempts: 3,
      lastStatus: 200,
      lastError: null,
      failed: false,
    });
    expect(delivery.deliveredAt).not.toBeNull();
  });

  it('sends nothing for a change that rolls back', async () => {
    const project = await api.makeProject();
    await quiet();
    const before = (await deliveries()).length;
    const uow = t.app.get(UnitOfWork);
    await expect(
      uow.transaction(async () => {
        await uow.record({
          actorId: null,
          action: 'project.updated',
          entityType: 'Project',
          entityId: project.id,
          projectId: project.id,
          changes: [{ field: 'title', from: project.title, to: 'Nie gespeichert' }],
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A refused write through the API (a stale version) sends nothing either.
    const stale = await api.as(EMAIL.portfolio, UPDATE_PROJECT, {
      input: { id: project.id, expectedVersion: project.version + 5, title: 'Veraltet' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    await sleep(2500);
    expect(receiver.received).toEqual([]);
    expect((await deliveries()).length).toBe(before);
  });

  it("delivers a project's events in the order they were written", async () => {
    const project = await api.makeProject();
    for (const n of [1, 2, 3, 4, 5]) await postStatus(project, `Bericht ${n}`);
    const requests = await receiver.waitFor(6);
    expect(requests.map((request) => request.json.type)).toEqual([
      'PROJECT_CREATED',
      'STATUS_POSTED',
      'STATUS_POSTED',
      'STATUS_POSTED',
      'STATUS_POSTED',
      'STATUS_POSTED',
    ]);
    const summaries = requests
      .slice(1)
      .map(
        (request) =>
          (request.json.data.changes as { field: string; to: string }[]).find((c) => c.field === 'summary')!.to,
      );
    expect(summaries).toEqual(['Bericht 1', 'Bericht 2', 'Bericht 3', 'Bericht 4', 'Bericht 5']);
  });

  it('tells a milestone that slips, one that is completed, risks and project changes; not a milestone that moves earlier', async () => {
    const project = await api.makeProject();
    const { createMilestone: milestone } = await api.ok<{ createMilestone: MilestoneView }>(
      EMAIL.portfolio,
      CREATE_MILESTONE,
      { input: { projectId: project.id, title: 'Abnahme', plannedDate: addDays(today(), 30) } },
    );
    const { updateMilestone: earlier } = await api.ok<{ updateMilestone: MilestoneView }>(
      EMAIL.portfolio,
      UPDATE_MILESTONE,
      { input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: addDays(today(), 20) } },
    );
    const { updateMilestone: later } = await api.ok<{ updateMilestone: MilestoneView }>(
      EMAIL.portfolio,
      UPDATE_MILESTONE,
      { input: { id: milestone.id, expectedVersion: earlier.version, forecastDate: addDays(today(), 45) } },
    );
    await api.ok(EMAIL.portfolio, COMPLETE_MILESTONE, { id: milestone.id, expectedVersion: later.version });
    await api.ok(EMAIL.portfolio, CREATE_RISK, {
      input: { projectId: project.id, title: 'Lieferengpass', probability: 'HIGH', impact: 'MEDIUM' },
    });
    const updated = dataOf(
      await api.as<{ updateProject: ProjectView }>(EMAIL.portfolio, UPDATE_PROJECT, {
        input: { id: project.id, expectedVersion: project.version, title: `${project.title} (neu)` },
      }),
    ).updateProject;
    expect(updated.title).toContain('(neu)');
    const requests = await receiver.waitFor(5);
    await sleep(1500);
    expect(receiver.received.map((request) => request.json.type)).toEqual([
      'PROJECT_CREATED',
      'MILESTONE_SLIPPED',
      'MILESTONE_COMPLETED',
      'RISK_CREATED',
      'PROJECT_UPDATED',
    ]);
    expect(requests[1].json.data).toMatchObject({
      project: { code: project.code },
      action: 'milestone.updated',
      entity: { type: 'Milestone', id: milestone.id },
      milestone: {
        id: milestone.id,
        title: 'Abnahme',
        dueBefore: addDays(today(), 20),
        dueAfter: addDays(today(), 45),
        days: 25,
      },
    });
  });

  it('tells an archived project, a restored one as changed, and a re-baseline that moves the due date later as a slip', async () => {
    const project = await api.makeProject();
    const { createMilestone: milestone } = await api.ok<{ createMilestone: MilestoneView }>(
      EMAIL.portfolio,
      CREATE_MILESTONE,
      { input: { projectId: project.id, title: 'Rollout', plannedDate: addDays(today(), 30) } },
    );
    await api.ok(
      EMAIL.portfolio,
      'mutation ($id: ID!, $v: Int!, $d: Date!) { rebaselineMilestone(id: $id, expectedVersion: $v, plannedDate: $d, reason: "Lieferverzug") { id } }',
      { id: milestone.id, v: milestone.version, d: addDays(today(), 40) },
    );
    const { archiveProject } = await api.ok<{ archiveProject: { version: number } }>(
      EMAIL.portfolio,
      'mutation ($id: ID!, $v: Int!) { archiveProject(id: $id, expectedVersion: $v) { version } }',
      { id: project.id, v: project.version },
    );
    await api.ok(
      EMAIL.portfolio,
      'mutation ($id: ID!, $v: Int!) { restoreProject(id: $id, expectedVersion: $v) { id } }',
      {
        id: project.id,
        v: archiveProject.version,
      },
    );
    const requests = await receiver.waitFor(4);
    expect(requests.map((request) => request.json.type)).toEqual([
      'PROJECT_CREATED',
      'MILESTONE_SLIPPED',
      'PROJECT_ARCHIVED',
      'PROJECT_UPDATED',
    ]);
    expect(requests[1].json.data).toMatchObject({
      action: 'milestone.rebaselined',
      milestone: { id: milestone.id, dueBefore: addDays(today(), 30), dueAfter: addDays(today(), 40), days: 10 },
    });
    expect(requests[2].json.data).toMatchObject({ action: 'project.archived', project: { code: project.code } });
    expect(requests[3].json.data).toMatchObject({ action: 'project.restored' });
  });

  it('sends only the events that a webhook subscribed to, to active webhooks', async () => {
    const other = await WebhookReceiver.start();
    try {
      await api.ok(EMAIL.admin, CREATE_WEBHOOK, { input: { url: other.url, events: ['RISK_CREATED'] } });
      const project = await api.makeProject();
      await postStatus(project, 'Nur für den ersten Empfänger');
      await api.ok(EMAIL.portfolio, CREATE_RISK, {
        input: { projectId: project.id, title: 'Personal', probability: 'LOW', impact: 'LOW' },
      });
      await receiver.waitFor(3);
      const [risk] = await other.waitFor(1);
      await sleep(1500);
      expect(other.received.map((request) => request.json.type)).toEqual(['RISK_CREATED']);
      expect(risk.json.data.project.code).toBe(project.code);
    } finally {
      await other.close();
    }
  });

  it('refuses URLs that are not http(s) and metadata addresses, naming the field, and creates nothing', async () => {
    const before = (await api.ok<{ webhooks: unknown[] }>(EMAIL.admin, '{ webhooks { id } }')).webhooks.length;
    for (const url of [
      'ftp://127.0.0.1/hook',
      'file:///etc/passwd',
      'kein url',
      'http://169.254.169.254/latest/meta-data',
      'http://[fd00:ec2::254]/',
    ]) {
      const body = await api.as(EMAIL.admin, CREATE_WEBHOOK, { input: { url, events: ['STATUS_POSTED'] } });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(problemsOf(body).map((problem) => problem.path)).toEqual(['input.url']);
    }
    const noEvents = await api.as(EMAIL.admin, CREATE_WEBHOOK, { input: { url: receiver.url, events: [] } });
    expect(problemsOf(noEvents).map((problem) => problem.path)).toEqual(['input.events']);
    expect((await api.ok<{ webhooks: unknown[] }>(EMAIL.admin, '{ webhooks { id } }')).webhooks.length).toBe(before);
  });

  it('sends a delivery again at once on "retry now", and refuses one that was delivered', async () => {
    receiver.statuses = [500];
    const project = await api.makeProject();
    const [first] = await receiver.waitFor(1);
    const id = first.headers['webhook-id'] as string;
    const retried = await api.ok<{ retryWebhookDelivery: DeliveryView }>(
      EMAIL.admin,
      'mutation ($id: ID!) { retryWebhookDelivery(id: $id) { id attempts failed deliveredAt } }',
      { id },
    );
    expect(retried.retryWebhookDelivery).toMatchObject({ id, failed: false, deliveredAt: null });
    const [, second] = await receiver.waitFor(2);
    expect(second.headers['webhook-id']).toBe(id);
    expect(second.json.data.project.code).toBe(project.code);
    await sleep(300);
    const again = await api.as(EMAIL.admin, 'mutation ($id: ID!) { retryWebhookDelivery(id: $id) { id } }', { id });
    expect(problemsOf(again)).toEqual([{ path: 'id', code: 'INVALID', message: 'was delivered already' }]);
  });

  it('removes a webhook, which then gets nothing', async () => {
    const other = await WebhookReceiver.start();
    try {
      const created = await api.ok<{ createWebhook: { webhook: { id: string } } }>(EMAIL.admin, CREATE_WEBHOOK, {
        input: { url: other.url, events: ['PROJECT_CREATED'] },
      });
      const id = created.createWebhook.webhook.id;
      expect(
        (await api.ok<{ deleteWebhook: string }>(EMAIL.admin, 'mutation ($id: ID!) { deleteWebhook(id: $id) }', { id }))
          .deleteWebhook,
      ).toBe(id);
      await api.makeProject();
      await receiver.waitFor(1);
      await sleep(1500);
      expect(other.received).toEqual([]);
      const gone = await api.as(EMAIL.admin, 'mutation ($id: ID!) { deleteWebhook(id: $id) }', { id });
      expect(errorCode(gone)).toBe('NOT_FOUND');
    } finally {
      await other.close();
    }
  });
});
