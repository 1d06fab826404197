import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginTo, MainProcess, postGraphQL, startMain } from '../../test/main-process';
import { POST_STATUS } from '../../test/portfolio';
import { Database } from '../database/database';

type Outcome = { summary: string; kind: 'answered'; status: number; ok: boolean } | { summary: string; kind: string };

/** One POST on the kept-alive agent: a complete answer, or the error code of the connection. */
function post(agent: Agent, url: string, token: string, body: string, summary: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const call = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          let ok = false;
          try {
            const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
            ok = response.statusCode === 200 && !!parsed.data && !parsed.errors;
          } catch {
            ok = false;
          }
          resolve({ summary, kind: 'answered', status: response.statusCode ?? 0, ok });
        });
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ summary, kind: error.code ?? error.message }));
      },
    );
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ summary, kind: error.code ?? error.message }));
    call.end(body);
  });
}

describe('stopping the server with SIGTERM', () => {
  let dataDir: string;
  let main: MainProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'leitstand-stop-'));
  });
  afterAll(async () => {
    if (main && main.child.exitCode === null && main.child.signalCode === null) {
      main.child.kill('SIGKILL');
      await main.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request it took, resets none on kept-alive connections, saves no write unanswered and exits 0', async () => {
    main = await startMain({ LEITSTAND_DATA_DIR: dataDir });
    const token = await loginTo(main.url, 'portfolio@leitstand.example');
    const { body } = await postGraphQL(main.url, '{ projects(first: 4) { nodes { id } } }', {}, token);
    const projectIds = (body.data?.projects as { nodes: { id: string }[] }).nodes.map((node) => node.id);

    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const outcomes: Outcome[] = [];
    let signalled = false;
    const url = main.url;
    const clients = projectIds.map(async (projectId, client) => {
      for (let n = 0; ; n++) {
        const summary = `stop-${client}-${n}`;
        const outcome = await post(
          agent,
          url,
          token,
          JSON.stringify({ query: POST_STATUS, variables: { input: { projectId, health: 'ON_TRACK', summary } } }),
          summary,
        );
        outcomes.push(outcome);
        if (outcome.kind === 'ECONNREFUSED' || (signalled && outcome.kind !== 'answered')) return;
      }
    });
    while (outcomes.filter((outcome) => outcome.kind === 'answered').length < 40)
      await new Promise((resolve) => setTimeout(resolve, 20));
    signalled = true;
    const answeredBefore = outcomes.length;
    main.child.kill('SIGTERM');
    await Promise.all(clients);
    agent.destroy();

    expect(await main.exited).toBe(0);
    const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].sort();
    expect(kinds).toEqual(['ECONNREFUSED', 'answered']);
    expect(outcomes.filter((outcome) => 'ok' in outcome && !outcome.ok)).toEqual([]);

    const database = await Database.connect({ kind: 'embedded', dataDir });
    try {
      const rows: { summary: string }[] = await database.dataSource.query(
        `SELECT summary FROM status_update WHERE summary LIKE 'stop-%'`,
      );
      const acknowledged = outcomes
        .filter((outcome) => 'ok' in outcome && outcome.ok)
        .map((outcome) => outcome.summary);
      expect(rows.map((row) => row.summary).sort()).toEqual(acknowledged.sort());
    } finally {
      await database.close();
    }
    console.log(
      `SIGTERM: ${answeredBefore} requests before, ${outcomes.length - answeredBefore} after (${outcomes.filter((o) => o.kind === 'ECONNREFUSED').length} refused to connect)`,
    );
  });
});
