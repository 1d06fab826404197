import { rmSync } from 'node:fs';
import { onServer, RUN_PREFIX_ENV, serverUrl, SNAPSHOT_ENV } from './test-database';

/** Removes what this run made: the snapshot file, or every database that carries the run's prefix. */
export default async function globalTeardown(): Promise<void> {
  const snapshot = process.env[SNAPSHOT_ENV];
  if (snapshot) rmSync(snapshot, { force: true });
  const prefix = process.env[RUN_PREFIX_ENV];
  if (!serverUrl() || !prefix) return;
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
