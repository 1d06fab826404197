import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../src/database/database';
import { onServer, RUN_PREFIX_ENV, serverUrl, SNAPSHOT_ENV, TEMPLATE_ENV, withDatabase } from './test-database';

/** Migrates one database for the run; every suite then starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const prefix = `leitstand_test_${randomBytes(3).toString('hex')}`;
  process.env[RUN_PREFIX_ENV] = prefix;
  const url = serverUrl();
  if (!url) {
    const database = await Database.open({ kind: 'embedded', dataDir: 'memory://' });
    const snapshot = await database.snapshot();
    await database.close();
    const path = join(tmpdir(), `${prefix}.tar`);
    writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
    process.env[SNAPSHOT_ENV] = path;
    return;
  }
  const template = `${prefix}_template`;
  await onServer((client) => client.query(`CREATE DATABASE "${template}"`));
  const database = await Database.open({ kind: 'server', url: withDatabase(url, template) });
  await database.close();
  process.env[TEMPLATE_ENV] = template;
}
