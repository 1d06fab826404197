import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginTo, MainProcess, postGraphQL, startMain } from '../../test/main-process';
import { EMAIL } from '../../test/portfolio';
import { freshDatabase, serverUrl } from '../../test/test-database';
import { sleep, WebhookReceiver } from '../../test/webhook-receiver';

/**
 * The API as its own process, killed and started again, and two instances on one server database:
 * what was committed goes out, once.
 */
const CREATE_WEBHOOK = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
const PROJECTS = '{ projects(first: 12) { nodes { id code } } }';
const POST_STATUS = `mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`;

async function ok(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await postGraphQL(url, query, variables, token);
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, never>;
}

describe('webhook deliveries across processes', () => {
  let env: Record<string, string>;
  let dataDir: string | undefined;
  let receiver: WebhookReceiver;
  const mains: MainProcess[] = [];

  beforeAll(async () => {
    const database = await freshDatabase();
    if (database.kind === 'server') env = { DATABASE_URL: database.url };
    else {
      dataDir = mkdtempSync(join(tmpdir(), 'leitstand-webhooks-'));
      env = { LEITSTAND_DATA_DIR: dataDir };
    }
    env.LEITSTAND_WEBHOOKS_ALLOW_PRIVATE = 'true';
    receiver = await WebhookReceiver.start();
  });

  afterEach(async () => {
    for (const main of mains.splice(0)) {
      if (main.child.exitCode === null) main.child.kill('SIGKILL');
      await main.exited;
    }
  });

  afterAll(async () => {
    await receiver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers, once, after a restart what was committed when the API was killed before the receiver answered', async () => {
    const first = await startMain(env);
    mains.push(first);
    const admin = await loginTo(first.url, EMAIL.admin);
    await ok(first.url, admin, CREATE_WEBHOOK, { input: { url: receiver.url, events: ['STATUS_POSTED'] } });
    const { projects } = await ok(first.url, admin, PROJECTS);
    const project = (projects as { nodes: { id: string; code: string }[] }).nodes[0];

    receiver.hold = true;
    await ok(first.url, admin, POST_STATUS, {
      input: { projectId: project.id, health: 'OFF_TRACK', summary: 'Vor dem Absturz' },
    });
    const [attempt] = await receiver.waitFor(1);
    first.child.kill('SIGKILL');
    await first.exited;
    receiver.dropHeld();
    receiver.hold = false;

    const second = await startMain(env);
    mains.push(second);
    // On a server the claim of the killed process runs out first (15 s); the embedded database has only one process.
    const [, delivery] = await receiver.waitFor(2, 40_000);
    expect(delivery.headers['webhook-id']).toBe(attempt.headers['webhook-id']);
    expect(delivery.json).toMatchObject({ type: 'STATUS_POSTED', data: { project: { code: project.code } } });
    await sleep(3000);
    expect(receiver.received.length).toBe(2);

    const token = await loginTo(second.url, EMAIL.admin);
    const { webhooks } = await ok(
      second.url,
      token,
      '{ webhooks { deliveries { nodes { id attempts lastStatus deliveredAt failed } } } }',
    );
    const [log] = (webhooks as { deliveries: { nodes: Record<string, unknown>[] } }[])[0].deliveries.nodes;
    expect(log).toMatchObject({ id: attempt.headers['webhook-id'], attempts: 2, lastStatus: 200, failed: false });
    expect(log.deliveredAt).not.toBeNull();
  }, 120_000);

  (serverUrl() ? it : it.skip)(
    'delivers each event once with two instances on one server database, in order per project',
    async () => {
      receiver.received.length = 0;
      const [a, b] = await Promise.all([startMain(env), startMain(env)]);
      mains.push(a, b);
      const tokens = [await loginTo(a.url, EMAIL.admin), await loginTo(b.url, EMAIL.admin)];
      const instances = [a.url, b.url];
      const { projects } = await ok(a.url, tokens[0], PROJECTS);
      const nodes = (projects as { nodes: { id: string; code: string }[] }).nodes;
      let n = 0;
      for (const round of [1, 2, 3])
        for (const project of nodes) {
          const i = n++ % 2;
          await ok(instances[i], tokens[i], POST_STATUS, {
            input: { projectId: project.id, health: 'AT_RISK', summary: `Runde ${round}` },
          });
        }
      const events = n;
      await receiver.waitFor(events, 60_000);
      await sleep(3000);
      const statusPosts = receiver.ofType('STATUS_POSTED');
      expect(statusPosts.length).toBe(events);
      expect(new Set(statusPosts.map((request) => request.headers['webhook-id'])).size).toBe(events);
      for (const project of nodes) {
        const rounds = statusPosts
          .filter((request) => request.json.data.project.code === project.code)
          .map(
            (request) =>
              (request.json.data.changes as { field: string; to: string }[]).find((c) => c.field === 'summary')!.to,
          );
        expect(rounds).toEqual(['Runde 1', 'Runde 2', 'Runde 3']);
      }
    },
    120_000,
  );
});
