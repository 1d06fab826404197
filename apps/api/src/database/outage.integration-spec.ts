import { OwnPostgres, startOwnPostgres } from '../../test/own-postgres';
import { EMAIL, POST_STATUS } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Small timeouts, so that a frozen database costs the test seconds, not the defaults' 15. */
const QUERY_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 1000;

interface Answer {
  summary: string;
  status: number;
  code?: string;
  retryAfter?: string;
  ok: boolean;
  ms: number;
}

/**
 * The database going away under a running app (a cluster of the test's own: killed, restarted,
 * frozen): operations answer 503 SERVICE_UNAVAILABLE with Retry-After, the log says so once, the
 * same app answers again once the database is back, and no acknowledged write is lost.
 */
describe('a database outage', () => {
  let pg: OwnPostgres;
  let t: TestApp;
  let token: string;
  let projectIds: string[];

  beforeAll(async () => {
    pg = await startOwnPostgres();
    t = await startTestApp({
      database: { kind: 'server', url: pg.url, queryTimeoutMs: QUERY_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS },
    });
    token = await t.login(EMAIL.portfolio);
    const projects = await t.graphql<{ projects: { nodes: { id: string }[] } }>(
      '{ projects(first: 4) { nodes { id } } }',
      {},
      { token },
    );
    projectIds = projects.data?.projects.nodes.map((node) => node.id) ?? [];
    expect(projectIds).toHaveLength(4);
  });
  afterAll(async () => {
    await t?.close();
    pg?.remove();
  });

  async function postStatus(projectId: string, summary: string): Promise<Answer> {
    const started = performance.now();
    const response = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: POST_STATUS, variables: { input: { projectId, health: 'ON_TRACK', summary } } });
    const body = response.body as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return {
      summary,
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
      retryAfter: response.headers['retry-after'] as string | undefined,
      ok: response.status === 200 && !body.errors && !!body.data,
      ms: performance.now() - started,
    };
  }

  async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  function outageLines() {
    return {
      began: t.logs.filter((line) => String(line.msg).startsWith('The database is unavailable')),
      ended: t.logs.filter((line) => line.msg === 'The database is back'),
      unexpected: t.logs.filter((line) => String(line.msg).startsWith('Unexpected error')),
    };
  }

  it('answers 503 with Retry-After while the database is killed, recovers without a restart and loses no acknowledged write', async () => {
    const answers: Answer[] = [];
    let writing = true;
    const writers = projectIds.map(async (projectId, writer) => {
      for (let n = 0; writing; n++) {
        const answer = await postStatus(projectId, `outage-${writer}-${n}`);
        answers.push(answer);
        if (!answer.ok) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await until(async () => answers.filter((answer) => answer.ok).length >= 20, 20_000);
    pg.kill();
    const killedAt = answers.length;
    await until(async () => answers.slice(killedAt).filter((answer) => answer.status === 503).length >= 10, 20_000);
    pg.start();
    const startedAt = answers.length;
    await until(async () => answers.slice(startedAt).filter((answer) => answer.ok).length >= 20, 30_000);
    writing = false;
    await Promise.all(writers);

    const refused = answers.filter((answer) => !answer.ok);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    for (const answer of refused)
      expect({ status: answer.status, code: answer.code, retryAfter: answer.retryAfter }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        retryAfter: '5',
      });

    const acknowledged = answers.filter((answer) => answer.ok).map((answer) => answer.summary);
    const stored: { summary: string }[] = await t.database.dataSource.query(
      `SELECT summary FROM status_update WHERE summary LIKE 'outage-%'`,
    );
    const storedSummaries = new Set(stored.map((row) => row.summary));
    expect(acknowledged.filter((summary) => !storedSummaries.has(summary))).toEqual([]);

    await until(async () => outageLines().ended.length === 1, 5_000);
    const { began, ended, unexpected } = outageLines();
    expect(began).toHaveLength(1);
    expect(began[0].level).toBe(40);
    expect(ended).toHaveLength(1);
    expect(ended[0].level).toBe(30);
    expect(unexpected).toEqual([]);
  });

  it('answers 503 within the query timeout while the database is frozen, and again normally once it runs on', async () => {
    const before = { began: outageLines().began.length, ended: outageLines().ended.length };
    pg.freeze();
    let answers: Answer[];
    let health: number;
    try {
      answers = await Promise.all(projectIds.map((projectId, writer) => postStatus(projectId, `frozen-${writer}`)));
      health = (await t.http.get('/health')).status;
    } finally {
      pg.thaw();
    }
    for (const answer of answers) {
      expect({ status: answer.status, code: answer.code, retryAfter: answer.retryAfter }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        retryAfter: '5',
      });
      expect(answer.ms).toBeLessThan(QUERY_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 500);
    }
    expect(health).toBe(503);
    await until(async () => (await postStatus(projectIds[0], 'thawed')).ok, 20_000);
    expect(outageLines().began).toHaveLength(before.began + 1);
    await until(async () => outageLines().ended.length === before.ended + 1, 5_000);
    console.log(`frozen database: 503 after ${answers.map((answer) => Math.round(answer.ms)).join(', ')} ms`);
  });
});
