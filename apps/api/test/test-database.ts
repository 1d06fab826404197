import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { DatabaseTarget } from '../src/config/app-config';

/**
 * Fresh databases for the integration suites, each already migrated: on the embedded
 * PostgreSQL, a copy of a migrated snapshot in memory; on a server (DATABASE_URL), a new
 * database made from a migrated template. Global setup makes the snapshot or the template.
 */
export const SNAPSHOT_ENV = 'LEITSTAND_TEST_SNAPSHOT';
export const TEMPLATE_ENV = 'LEITSTAND_TEST_TEMPLATE';
export const RUN_PREFIX_ENV = 'LEITSTAND_TEST_PREFIX';
/** When the run began (milliseconds since the epoch): the seeded database was first started after it. */
export const RUN_STARTED_ENV = 'LEITSTAND_TEST_RUN_STARTED';

export function serverUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs statements on the server's maintenance connection (the DATABASE_URL's own database). */
export async function onServer<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A database that no app has started yet, for tests of the very first start. */
export async function emptyDatabase(): Promise<DatabaseTarget> {
  const url = serverUrl();
  if (!url) return { kind: 'embedded', dataDir: 'memory://' };
  const name = `${process.env[RUN_PREFIX_ENV]}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return { kind: 'server', url: withDatabase(url, name) };
}

/** A copy of the run's migrated database with the demo seeded, as every suite starts from. */
export async function freshDatabase(): Promise<DatabaseTarget> {
  const url = serverUrl();
  if (!url) {
    const path = process.env[SNAPSHOT_ENV];
    if (!path) throw new Error(`${SNAPSHOT_ENV} is not set: run the suites through jest.integration.config.cjs`);
    return { kind: 'embedded', dataDir: 'memory://', snapshot: new Blob([readFileSync(path)]) };
  }
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the suites through jest.integration.config.cjs`);
  const name = `${process.env[RUN_PREFIX_ENV]}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { kind: 'server', url: withDatabase(url, name) };
}
