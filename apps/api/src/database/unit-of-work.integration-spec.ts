import { auditTable } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { UnitOfWork } from './unit-of-work';

/** The unit of work: one transaction per operation, shared by whatever runs inside it, with the history in it. */
describe('the unit of work', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let history: string;

  beforeAll(async () => {
    t = await startTestApp();
    uow = t.app.get(UnitOfWork);
    history = await auditTable(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const count = async (table: string) =>
    ((await t.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;
  /** A change whose recorded name is the marker. */
  const change = (marker: string) => ({
    actorId: null,
    action: 'field.created' as const,
    entityType: 'Test',
    entityId: '00000000-0000-4000-8000-000000000001',
    projectId: null,
    changes: [{ field: 'name', from: null, to: marker }],
  });

  it('commits a change and its history together', async () => {
    const before = await count(history);
    await uow.transaction(async () => uow.record(change('test.committed')));
    expect(await count(history)).toBe(before + 1);
  });

  it('rolls back the history with the change when the work fails, also from a nested unit', async () => {
    const before = await count(history);
    await expect(
      uow.transaction(async () => {
        await uow.record(change('test.outer'));
        await uow.transaction(async () => uow.record(change('test.inner')));
        throw new Error('the change fails after its history was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await count(history)).toBe(before);
  });

  it('shares one transaction with what runs inside: reads through its manager see its writes', async () => {
    await uow.transaction(async (outer) => {
      await uow.record(change('test.visible'));
      await uow.transaction(async (inner) => expect(inner).toBe(outer));
      const [{ n }] = (await uow.manager.query(
        `SELECT count(*)::int AS n FROM ${history} WHERE changes->0->>'to' = $1`,
        ['test.visible'],
      )) as { n: number }[];
      expect(n).toBe(1);
    });
  });

  it('refuses to record a change outside a unit of work, so that no history is written on its own', async () => {
    await expect(uow.record(change('test.alone'))).rejects.toThrow('inside a unit of work');
  });
});
