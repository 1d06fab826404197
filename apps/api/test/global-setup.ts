import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../src/bootstrap';
import { DatabaseTarget, loadConfig } from '../src/config/app-config';
import { Database } from '../src/database/database';
import { DEMO_PASSWORD } from './demo-password';
import {
  onServer,
  RUN_PREFIX_ENV,
  RUN_STARTED_ENV,
  serverUrl,
  SNAPSHOT_ENV,
  TEMPLATE_ENV,
  withDatabase,
} from './test-database';

/** Boots the app once on the target, as a first start does (migrations, demo portfolio), then runs `then` on its database. */
async function firstStart(
  database: DatabaseTarget,
  then: (database: Database) => Promise<void> = async () => undefined,
): Promise<void> {
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LEITSTAND_DEMO: 'true', LEITSTAND_DEMO_PASSWORD: DEMO_PASSWORD }),
    database,
  };
  const app = await createApp(config, pino({ level: 'silent' }));
  try {
    await app.init();
    await then(app.get(Database));
  } finally {
    await app.close();
  }
}

/** Prepares one migrated, seeded database for the run; every suite then starts from a copy of it. */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  process.env[RUN_STARTED_ENV] = String(Date.now());
  const prefix = `leitstand_test_${randomBytes(3).toString('hex')}`;
  process.env[RUN_PREFIX_ENV] = prefix;
  const url = serverUrl();
  if (!url) {
    const path = join(tmpdir(), `${prefix}.tar`);
    await firstStart({ kind: 'embedded', dataDir: 'memory://' }, async (database) => {
      writeFileSync(path, Buffer.from(await (await database.snapshot()).arrayBuffer()));
    });
    process.env[SNAPSHOT_ENV] = path;
    return;
  }
  const template = `${prefix}_template`;
  await onServer((client) => client.query(`CREATE DATABASE "${template}"`));
  await firstStart({ kind: 'server', url: withDatabase(url, template) });
  process.env[TEMPLATE_ENV] = template;
}
