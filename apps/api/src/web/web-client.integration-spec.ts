import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../../test/test-app';

describe('the web client at /', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'leitstand-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Leitstand</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("leitstand")');
    t = await startTestApp({ config: { webDir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the page at /', async () => {
    const response = await t.http.get('/').set('Accept', 'text/html').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<div id="root"></div>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await t.http.get('/assets/index-abc123.js').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("answers the client's own routes with the page, so that links to them load", async () => {
    const response = await t.http.get('/projekte/DIG-007').set('Accept', 'text/html').expect(200);
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('leaves /health and /graphql to the server', async () => {
    await t.http.get('/health').set('Accept', 'text/html').expect(200).expect('content-type', /json/);
    const body = await t.graphql<{ system: { name: string } }>(
      '{ system { name } }',
      {},
      { token: await t.login('viewer@leitstand.example') },
    );
    expect(body.data?.system.name).toBe('Leitstand');
  });

  it('does not answer a missing asset with the page', async () => {
    await t.http.get('/assets/missing.js').set('Accept', 'application/javascript').expect(404);
  });

  it('tells no one which framework it runs on', async () => {
    const response = await t.http.get('/');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
