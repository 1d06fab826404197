import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginTo, MainProcess, postGraphQL, spawnMain, startMain } from '../../test/main-process';
import { LOCK_FILE } from './data-dir-lock';

/** One process per embedded data directory: two PGlite instances on one directory lose each other's writes. */
describe('the embedded data directory', () => {
  let dataDir: string;
  const running: MainProcess[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'leitstand-lock-'));
  });
  afterEach(async () => {
    for (const main of running.splice(0)) {
      if (main.child.exitCode === null && main.child.signalCode === null) {
        main.child.kill('SIGKILL');
        await main.exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<MainProcess> {
    const main = await startMain({ LEITSTAND_DATA_DIR: dataDir });
    running.push(main);
    return main;
  }

  it('refuses a second process with one line naming the directory and the holder, while the first keeps serving', async () => {
    const first = await start();
    const second = await spawnMain({ LEITSTAND_DATA_DIR: dataDir });
    running.push(second);

    expect(await second.exited).toBe(1);
    expect(second.stderr()).toBe(
      `leitstand: The embedded database in ${dataDir} is in use by process ${first.child.pid}: stop that process first, or set LEITSTAND_DATA_DIR to another directory\n`,
    );
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const token = await loginTo(first.url, 'viewer@leitstand.example');
    const { body } = await postGraphQL(first.url, '{ projects(first: 1) { totalCount } }', {}, token);
    expect(body.errors).toBeUndefined();
  });

  it('is taken over from a process that was killed, and given back on a clean stop', async () => {
    const first = await start();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const second = await start();
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('goes to exactly one of several processes that race to take over a stale lock', async () => {
    for (let round = 0; round < 3; round++) {
      // The lock of a process that has ended, as a kill -9 leaves it.
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: gone, started: null, token: `stale${round}` }));
      const contenders = Array.from({ length: 5 }, () => {
        const child = spawn(
          process.execPath,
          ['-r', '@swc-node/register', 'apps/api/test/lock-contender.ts', dataDir],
          {
            cwd: join(__dirname, '../../../..'),
            env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: 'apps/api/tsconfig.json' },
          },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        const said = (what: RegExp) =>
          new Promise<string>((resolve) => {
            const check = () => (what.test(out) ? resolve(out) : setTimeout(check, 10));
            check();
          });
        return { child, said, exited: new Promise((resolve) => child.on('exit', resolve)) };
      });
      await Promise.all(contenders.map((c) => c.said(/ready/)));
      for (const c of contenders) c.child.stdin.write('go\n');
      const outcomes = await Promise.all(contenders.map((c) => c.said(/won|refused/)));
      const winners = contenders.filter((_, i) => outcomes[i].includes('won'));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes.filter((o) => o.includes('refused')))
        expect(outcome).toContain(`refused ${winners[0].child.pid}`);
      for (const c of contenders) c.child.stdin.end();
      await Promise.all(contenders.map((c) => c.exited));
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    }
  });
});
