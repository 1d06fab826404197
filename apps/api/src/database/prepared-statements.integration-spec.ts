import { freshDatabase } from '../../test/test-database';
import { Database } from './database';
import { tableAsOf } from './history';
import { PREPARED_STATEMENT_LIMIT } from './prepared-statements';
import { sql } from './sql';
import { UnitOfWork } from './unit-of-work';

describe('prepared statements', () => {
  let database: Database;
  let uow: UnitOfWork;

  beforeAll(async () => {
    database = await Database.connect(await freshDatabase());
    uow = new UnitOfWork(database.dataSource);
  });
  afterAll(() => database.close());

  // One unit of work, as in the API's process; each test in one transaction of it: one connection,
  // so that what it prepared can be read back on the same connection.
  const onOneConnection = (test: () => Promise<void>) => () => uow.transaction(test);

  /** Runs a statement as repositories do: its text with numbered placeholders, and its values. */
  const runner = {
    query: (text: string, values: unknown[] = []) => {
      const pieces = text.split(/\$\d+/);
      return uow.query(sql(Object.assign([...pieces], { raw: pieces }) as TemplateStringsArray, ...values));
    },
    startTransaction: () => uow.query(sql`SAVEPOINT rolled_back`),
    rollbackTransaction: () => uow.query(sql`ROLLBACK TO SAVEPOINT rolled_back`),
  };

  const preparedOnConnection = async (): Promise<string[]> =>
    ((await runner.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map(
      (row) => row.statement,
    );

  it(
    'runs a statement with parameters prepared, once per connection, with each run its own values',
    onOneConnection(async () => {
      const text = 'SELECT code FROM project WHERE code = $1';
      expect(await runner.query(text, ['DIG-001'])).toEqual([{ code: 'DIG-001' }]);
      expect(await runner.query(text, ['DIG-002'])).toEqual([{ code: 'DIG-002' }]);
      expect(await runner.query(text, ['no such code'])).toEqual([]);
      expect((await preparedOnConnection()).filter((statement) => statement === text)).toHaveLength(1);
    }),
  );

  it(
    'leaves statements without parameters unprepared',
    onOneConnection(async () => {
      await runner.query('SELECT count(*) FROM project');
      expect(await preparedOnConnection()).not.toContain('SELECT count(*) FROM project');
    }),
  );

  it(
    'plans a read as of an instant for its instant each time, unnamed, and so every statement it is part of',
    onOneConnection(async () => {
      const before = new Date();
      const asOf = sql`SELECT count(*)::int AS n FROM ${tableAsOf('project', before)} p WHERE p.code = ${'DIG-001'}`;
      expect(asOf.plannedEachRun).toBe(true);
      expect(sql`SELECT * FROM (${asOf}) counted`.plannedEachRun).toBe(true);
      expect(await uow.query(asOf)).toEqual([{ n: 1 }]);
      expect(await uow.query(asOf)).toEqual([{ n: 1 }]);
      expect(await preparedOnConnection()).not.toContain(asOf.text);
      // Now, the same read of the table itself runs prepared.
      const now = sql`SELECT count(*)::int AS n FROM ${tableAsOf('project', null)} p WHERE p.code = ${'DIG-001'}`;
      expect(now.plannedEachRun).toBe(false);
      expect(await uow.query(now)).toEqual([{ n: 1 }]);
      expect(await preparedOnConnection()).toContain(now.text);
    }),
  );

  // Outside a transaction: in one, the first failure would end it.
  it('reports a statement that fails and runs the same text again afterwards', async () => {
    const divide = 'SELECT 10 / $1::int AS quotient';
    await expect(runner.query(divide, [0])).rejects.toThrow('division by zero');
    expect(await runner.query(divide, [5])).toEqual([{ quotient: 2 }]);

    const misspelt = 'SELEC $1::int';
    await expect(runner.query(misspelt, [1])).rejects.toThrow('syntax error');
    // Not "prepared statement does not exist": the failed parse left no name behind.
    await expect(runner.query(misspelt, [1])).rejects.toThrow('syntax error');
  });

  it(
    'keeps a statement prepared through a transaction that is rolled back',
    onOneConnection(async () => {
      const text = 'SELECT count(*)::int AS n FROM project WHERE phase = $1';
      await runner.startTransaction();
      const inside = await runner.query(text, ['IN_PROGRESS']);
      await runner.rollbackTransaction();
      expect(await runner.query(text, ['IN_PROGRESS'])).toEqual(inside);
      expect(await preparedOnConnection()).toContain(text);
    }),
  );

  it(
    `prepares at most ${PREPARED_STATEMENT_LIMIT} different texts and runs further ones unnamed, with right answers`,
    onOneConnection(async () => {
      const texts = Array.from({ length: PREPARED_STATEMENT_LIMIT + 20 }, (_, i) => `SELECT $1::int + ${i} AS n`);
      for (const [i, text] of texts.entries()) expect(await runner.query(text, [1000])).toEqual([{ n: 1000 + i }]);

      const prepared = await preparedOnConnection();
      expect(prepared.length).toBeLessThanOrEqual(PREPARED_STATEMENT_LIMIT);
      expect(prepared).toContain(texts[0]);
      expect(prepared).not.toContain(texts[texts.length - 1]);
      // The unnamed ones still answer on a second run.
      expect(await runner.query(texts[texts.length - 1], [1])).toEqual([{ n: 1 + texts.length - 1 }]);
    }),
  );
});
