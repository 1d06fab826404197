import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseTarget, describeDatabase } from '../config/app-config';
import { DataDirLock, LOCK_FILE, lockDataDir } from './data-dir-lock';
import { Database, DatabaseStartError } from './database';

/** A backup or restore that cannot be done; its message is one line for the operator. */
export class BackupError extends Error {
  override name = 'BackupError';
}

type Embedded = DatabaseTarget & { kind: 'embedded' };
type Server = DatabaseTarget & { kind: 'server' };

/** What a backup or restore did, for the line the command prints. */
export interface BackupReport {
  file: string;
  bytes: number;
  ms: number;
}

/**
 * Backs the database up into `file`: the embedded database as PGlite's own dump of its data
 * directory (a gzipped tarball), taken while no other process has it open (the directory's lock
 * refuses a running server); a server's with `pg_dump --format=custom`. The file is written whole
 * or not at all.
 */
export async function backup(target: DatabaseTarget, file: string): Promise<BackupReport> {
  const started = performance.now();
  const path = resolve(file);
  const partial = `${path}.partial`;
  try {
    if (target.kind === 'embedded') await dumpEmbedded(target, partial);
    else await dumpServer(target, partial);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file: path, bytes: statSync(path).size, ms: Math.round(performance.now() - started) };
}

/**
 * Restores `file` (made by `backup`) into the database. An embedded data directory or a server
 * database that already holds anything (any table in its schema) is refused unless `force`; then
 * its content is replaced: the data directory emptied first, the server's objects of the backup
 * dropped and made anew (`pg_restore --clean --if-exists`).
 */
export async function restore(target: DatabaseTarget, file: string, force: boolean): Promise<BackupReport> {
  const started = performance.now();
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new BackupError(`No backup file at ${path}`);
  if (target.kind === 'embedded') await loadEmbedded(target, path, force);
  else await loadServer(target, path, force);
  return { file: path, bytes: statSync(path).size, ms: Math.round(performance.now() - started) };
}

// ---------------------------------------------------------------- embedded

function dataDirOf(target: Embedded): string {
  if (target.dataDir === 'memory://')
    throw new BackupError('The embedded database in memory:// keeps nothing to back up or restore into');
  return resolve(target.dataDir);
}

/** The files of a data directory other than its lock (and locks being taken). */
function contentOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name !== LOCK_FILE && !name.startsWith(`.${LOCK_FILE}.`));
}

async function dumpEmbedded(target: Embedded, file: string): Promise<void> {
  const dir = dataDirOf(target);
  if (!existsSync(`${dir}/PG_VERSION`)) throw new BackupError(`There is no embedded database in ${dir}`);
  // Database.connect takes the directory's lock: a running server holds it, and is named in the refusal.
  const database = await Database.connect(target);
  try {
    const dump = await database.snapshot('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

async function loadEmbedded(target: Embedded, file: string, force: boolean): Promise<void> {
  const dir = dataDirOf(target);
  const data = readFileSync(file);
  if (data[0] !== 0x1f || data[1] !== 0x8b)
    throw new BackupError(`${file} is not a backup of the embedded database (a gzipped tarball)`);
  mkdirSync(dir, { recursive: true });
  // The directory is checked and emptied under its lock, so that no server starts on it meanwhile.
  const lock = await takeLock(dir);
  try {
    const content = contentOf(dir);
    if (content.length > 0 && !force)
      throw new BackupError(
        `The embedded database in ${dir} is not empty: restore into an empty directory, or add --force to replace its content`,
      );
    for (const name of content) rmSync(`${dir}/${name}`, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  let database: Database;
  try {
    database = await Database.connect({
      kind: 'embedded',
      dataDir: dir,
      snapshot: new Blob([data], { type: 'application/x-gzip' }),
    });
  } catch (error) {
    throw error instanceof DatabaseStartError ? new BackupError(`Cannot restore ${file}: ${error.message}`) : error;
  }
  await database.close();
}

async function takeLock(dir: string): Promise<DataDirLock> {
  const result = await lockDataDir(dir);
  if ('lock' in result) return result.lock;
  throw new BackupError(
    `The embedded database in ${dir} is in use by process ${result.heldBy}: stop that process first`,
  );
}

// ---------------------------------------------------------------- server

/**
 * The connection of a DATABASE_URL as libpq's environment variables, so that the password reaches
 * pg_dump and pg_restore without appearing among their arguments (which any user can list).
 */
export function libpqEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(parsed.hostname.replace(/^\[(.*)\]$/, '$1')) || 'localhost',
    PGPORT: parsed.port || '5432',
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  };
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  env.PGAPPNAME = 'leitstand-backup';
  return env;
}

/** Runs a PostgreSQL client program; fails with one line (its last line of errors) unless it exits 0. */
function runTool(program: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, {
      env: { PATH: process.env.PATH ?? '', ...libpqEnvironment(url) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${program} was not found: install the PostgreSQL client programs (as new as the server or newer, e.g. the package postgresql-client) and put them on PATH`
            : `${program} could not be started: ${error.message}`,
        ),
      ),
    );
    child.on('exit', (code, signal) => {
      if (code === 0) return resolvePromise();
      const lines = stderr.trim().split('\n').filter(Boolean);
      const error = lines.find((line) => /error/i.test(line)) ?? lines.at(-1);
      reject(new BackupError(`${program} failed (${signal ?? `exit code ${code}`})${error ? `: ${error}` : ''}`));
    });
  });
}

async function dumpServer(target: Server, file: string): Promise<void> {
  await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], target.url);
}

async function loadServer(target: Server, file: string, force: boolean): Promise<void> {
  const database = await Database.connect(target);
  let tables: number;
  try {
    const rows: { count: string }[] = await database.dataSource.query(
      `SELECT count(*) AS count FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    tables = Number(rows[0].count);
  } finally {
    await database.close();
  }
  if (tables > 0 && !force)
    throw new BackupError(
      `The ${describeDatabase(target)} is not empty (${tables} tables): restore into an empty database, or add --force to replace its content`,
    );
  const { PGDATABASE } = libpqEnvironment(target.url);
  await runTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      ...(tables > 0 ? ['--clean', '--if-exists'] : []),
      `--dbname=${PGDATABASE}`,
      file,
    ],
    target.url,
  );
}
