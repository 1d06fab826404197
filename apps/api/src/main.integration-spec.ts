import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Runs the server's entry point as an operator would, from the sources, and collects what it prints. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
        LEITSTAND_DATA_DIR: 'memory://',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting the server with a bad setting', () => {
  it('stops with exit code 1 and one line naming PORT when PORT is not a number', async () => {
    const { code, stdout, stderr } = await runMain({ PORT: 'abc' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe("leitstand: PORT must be a whole number between 1 and 65535 (got 'abc')\n");
  });

  it('stops with exit code 1 and one line when DATABASE_URL cannot be reached', async () => {
    const { code, stderr } = await runMain({ DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/leitstand' });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'leitstand: Cannot reach the PostgreSQL server 127.0.0.1:1/leitstand: connect ECONNREFUSED 127.0.0.1:1\n',
    );
    expect(stderr).not.toContain('secret');
  });
});
