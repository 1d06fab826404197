import { startTestApp, TestApp } from '../../test/test-app';
import { RUN_STARTED_ENV } from '../../test/test-database';

describe('Query.system', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells over GraphQL which database the installation runs on and since when', async () => {
    const startedBefore = Date.now();
    const body = await t.graphql<{ system: { name: string; databaseKind: string; installedAt: string } }>(
      '{ system { name databaseKind installedAt } }',
      {},
      { token: await t.login('viewer@leitstand.example') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.system).toEqual({
      name: 'Leitstand',
      databaseKind: t.database.kind,
      installedAt: expect.any(String),
    });
    // Installed when the run's database was first started (the suites start from copies of it).
    const installedAt = Date.parse(body.data?.system.installedAt ?? '');
    expect(installedAt).toBeLessThanOrEqual(startedBefore);
    expect(installedAt).toBeGreaterThanOrEqual(Number(process.env[RUN_STARTED_ENV]));
  });

  it('logs no error while it starts and while it refuses bad input', async () => {
    const token = await t.login('portfolio@leitstand.example');
    const body = await t.graphql(
      'mutation { createProject(input: { code: "LOG-1", title: "", fieldId: "00000000-0000-4000-8000-000000000000" }) { id } }',
      {},
      { token },
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(t.logs.filter((line) => Number(line.level) >= 50).map((line) => line.msg)).toEqual([]);
  });
});
