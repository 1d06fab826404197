import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './main-process';

/**
 * A PostgreSQL cluster of the test's own, on a port of its own, for tests that stop or freeze the
 * database: never the server that the other suites share. Made with the server's own tools
 * (initdb, pg_ctl), run as the `postgres` user where the tests run as root (PostgreSQL refuses root).
 */
export interface OwnPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Starts the cluster again after `kill()`. */
  start(): void;
  /** Stops it as a crash would (`pg_ctl stop -m immediate`): no checkpoint, connections cut. */
  kill(): void;
  /** Stops the postmaster and its backends with SIGSTOP: connections stay open and nothing answers. */
  freeze(): void;
  /** Lets a frozen cluster run on (SIGCONT). */
  thaw(): void;
  /** Stops it and removes its files. */
  remove(): void;
}

function binDir(): string {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    return join('/usr/lib/postgresql', versions[0], 'bin');
  }
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'leitstand-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const start = () => run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'log'), '-o', options]);
  start();

  /** The postmaster and every process it started. */
  const processes = (): number[] => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  };
  const kill = () => run('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', data]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    kill,
    freeze: () => processes().forEach((pid) => process.kill(pid, 'SIGSTOP')),
    thaw: () => processes().forEach((pid) => process.kill(pid, 'SIGCONT')),
    remove() {
      if (existsSync(join(data, 'postmaster.pid'))) {
        try {
          processes().forEach((pid) => process.kill(pid, 'SIGCONT'));
          kill();
        } catch {
          // stopped already
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
