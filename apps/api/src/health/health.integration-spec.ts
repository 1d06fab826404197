import { startTestApp, TestApp } from '../../test/test-app';

describe('GET /health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 200 with the database up while it takes queries', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      status: 'ok',
      database: { kind: t.database.kind, status: 'up', latencyMs: expect.any(Number) },
    });
  });

  it('answers 503 once the database stops answering, and logs it once', async () => {
    await t.database.dataSource.destroy();
    const response = await t.http.get('/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', database: { kind: t.database.kind, status: 'down' } });
    await t.http.get('/health').expect(503);
    const outages = t.logs.filter(
      (line) => line.level === 40 && String(line.msg).startsWith('The database is unavailable'),
    );
    expect(outages).toHaveLength(1);
  });
});
