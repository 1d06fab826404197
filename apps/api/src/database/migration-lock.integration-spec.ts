import { emptyDatabase, serverUrl } from '../../test/test-database';
import { Database } from './database';

/** Instances that start together on one server database take turns to migrate it: both start. */
const onServer = serverUrl() ? describe : describe.skip;

onServer('migrations of instances starting together (on a server; one embedded database has one process)', () => {
  it('lets three instances start at once on an empty database, each finding every migration run once', async () => {
    const target = await emptyDatabase();
    const opened = await Promise.allSettled([Database.open(target), Database.open(target), Database.open(target)]);
    const databases = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
      ]);
      const [{ runs, distinct }] = (await databases[0].dataSource.query(
        'SELECT count(*)::int AS runs, count(DISTINCT name)::int AS distinct FROM migration',
      )) as { runs: number; distinct: number }[];
      expect(runs).toBe(distinct);
      expect(runs).toBe(databases[0].dataSource.migrations.length);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });
});
