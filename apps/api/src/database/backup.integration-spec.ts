import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditTable, EMAIL, Portfolio } from '../../test/portfolio';
import { startTestApp } from '../../test/test-app';
import { emptyDatabase, freshDatabase, serverUrl } from '../../test/test-database';
import { DatabaseTarget } from '../config/app-config';

const root = join(__dirname, '../../../..');

/** Runs the database command line as an operator would, on the given database, from the sources. */
function cli(
  target: DatabaseTarget,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const where = target.kind === 'server' ? { DATABASE_URL: target.url } : { LEITSTAND_DATA_DIR: target.dataDir };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/database/cli.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', SWC_NODE_PROJECT: 'apps/api/tsconfig.json', ...where, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const SUMMARY = `{ portfolioSummary {
  projectCount budgetPlanned budgetSpent byHealth { health count } byPhase { phase count }
  milestonesOverdue milestonesDueSoon staleProjects
} }`;

interface State {
  summary: unknown;
  history: number;
}

/** Starts the app on the database and reads what a restore must keep: the dashboard's figures and the history. */
async function stateOf(database: DatabaseTarget, change?: (api: Portfolio) => Promise<void>): Promise<State> {
  const t = await startTestApp({ database });
  try {
    const api = new Portfolio(t);
    if (change) await change(api);
    const summary = await api.ok(EMAIL.viewer, SUMMARY);
    const rows: { count: string }[] = await t.database.dataSource.query(
      `SELECT count(*) AS count FROM "${await auditTable(t)}"`,
    );
    return { summary, history: Number(rows[0].count) };
  } finally {
    await t.close();
  }
}

describe('npm run db:backup and db:restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'leitstand-backup-'));
  const file = join(work, 'leitstand.backup');
  let source: DatabaseTarget;
  let target: DatabaseTarget;
  let backedUp: State;

  beforeAll(async () => {
    const fresh = await freshDatabase();
    // The embedded source is a data directory on disk, started from the run's seeded snapshot.
    source = fresh.kind === 'embedded' ? { ...fresh, dataDir: join(work, 'source') } : fresh;
    target = fresh.kind === 'embedded' ? { kind: 'embedded', dataDir: join(work, 'target') } : await emptyDatabase();
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('backs up a database after a change made through the API', async () => {
    backedUp = await stateOf(source, async (api) => {
      await api.makeProject({ budgetPlanned: '123456.78' });
    });
    // From now on the source directory is opened as it is, no longer started from the snapshot.
    if (source.kind === 'embedded') source = { kind: 'embedded', dataDir: source.dataDir };
    const { code, stdout, stderr } = await cli(source, ['backup', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Backed up the .+ to .+leitstand\.backup \(\d+\.\d MB, \d+ ms\)\n$/);
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(readdirSync(work)).not.toContain('leitstand.backup.partial');
  });

  it('restores it into an empty database, which starts and shows the same portfolio and history', async () => {
    const { code, stderr } = await cli(target, ['restore', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const restored = await stateOf(target);
    expect(restored).toEqual(backedUp);
  });

  it('refuses to restore into a database that is not empty, with exit code 1 and one line, changing nothing', async () => {
    const changed = await stateOf(target, async (api) => {
      await api.makeProject();
    });
    expect(changed.history).toBeGreaterThan(backedUp.history);
    const { code, stdout, stderr } = await cli(target, ['restore', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^leitstand: The .+ is not empty.*add --force to replace its content\n$/);
    expect(await stateOf(target)).toEqual(changed);
  });

  it('replaces what the database holds with --force', async () => {
    const { code, stderr } = await cli(target, ['restore', file, '--force']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await stateOf(target)).toEqual(backedUp);
  });

  it('refuses a backup without a file name, and a restore of a file that is not there, with one line', async () => {
    const usage = await cli(source, ['backup']);
    expect(usage).toMatchObject({ code: 1, stderr: 'Usage: npm run db:backup -- <file>\n' });
    const missing = await cli(target, ['restore', join(work, 'none.backup')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`leitstand: No backup file at ${join(work, 'none.backup')}\n`);
  });

  // A server's database is dumped while it runs (pg_dump reads one snapshot); the embedded one has a single user.
  const onEmbedded = serverUrl() ? it.skip : it;
  const onServer = serverUrl() ? it : it.skip;

  onServer('says so in one line when pg_dump is not installed', async () => {
    const nowhere = join(work, 'no-programs');
    mkdirSync(nowhere);
    const { code, stderr } = await cli(source, ['backup', join(work, 'no-tools.backup')], { PATH: nowhere });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^leitstand: pg_dump was not found: install the PostgreSQL client programs.*\n$/);
  });

  onEmbedded('refuses to back up the embedded database while a server has it open', async () => {
    const t = await startTestApp({ database: source });
    try {
      const { code, stderr } = await cli(source, ['backup', join(work, 'while-running.backup')]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^leitstand: The embedded database in .+ is in use by process \d+/);
      expect(existsSync(join(work, 'while-running.backup'))).toBe(false);
    } finally {
      await t.close();
    }
  });
});
