import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, serverUrl } from '../../test/test-database';
import { startTestApp } from '../../test/test-app';
import { DatabaseTarget } from '../config/app-config';
import { Database, DatabaseStartError } from './database';
import { MIGRATIONS } from './schema';

describe('the database', () => {
  it('has a schema that matches the entities exactly once every migration has run', async () => {
    const database = await Database.open(await freshDatabase());
    try {
      const pending = await database.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('can take every migration back and apply it again', async () => {
    const database = await Database.open(await freshDatabase());
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await database.dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await database.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
      );
      expect(tables).toEqual([]);
      const applied = await database.dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await database.close();
    }
  });

  it('comes back on the same data after a restart', async () => {
    const dataDir = serverUrl() ? undefined : mkdtempSync(join(tmpdir(), 'leitstand-data-'));
    const target: DatabaseTarget = dataDir ? { kind: 'embedded', dataDir } : await freshDatabase();
    const query = '{ system { installedAt databaseKind } }';
    try {
      const first = await startTestApp({ database: target });
      const before = await first.graphql<{ system: { installedAt: string; databaseKind: string } }>(
        query,
        {},
        { token: await first.login('viewer@leitstand.example') },
      );
      await first.close();

      const second = await startTestApp({ database: target });
      const after = await second.graphql<{ system: { installedAt: string; databaseKind: string } }>(
        query,
        {},
        { token: await second.login('viewer@leitstand.example') },
      );
      await second.close();

      expect(before.data?.system.databaseKind).toBe(target.kind);
      expect(after.data?.system.installedAt).toBe(before.data?.system.installedAt);
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a server that cannot be reached, with one line that says which', async () => {
    const start = Database.open({ kind: 'server', url: 'postgres://postgres:secret@127.0.0.1:1/leitstand' });
    await expect(start).rejects.toThrow(DatabaseStartError);
    await expect(start).rejects.toThrow(
      /^Cannot reach the PostgreSQL server 127\.0\.0\.1:1\/leitstand: connect ECONNREFUSED 127\.0\.0\.1:1$/,
    );
  });
});
