import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { errorCode } from '../../test/graphql-client';
import { EMAIL } from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';
import { OPERATION_NAME_LIMIT } from './metrics';

// ---------------------------------------------------------------- the text format, strictly

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
// Prometheus reads values with Go's ParseFloat, which takes NaN in any case (prom-client writes `Nan`).
const VALUE = '[+-]?(?:\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|Inf)|[Nn][Aa][Nn]';
const SAMPLE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*)?\\})? (${VALUE})(?: -?\\d+)?$`);
const HELP = new RegExp(`^# HELP (${NAME}) .*$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);

/** Every series of an exposition with its value, keyed by `name{labels}` as written; throws at the first line that is not Prometheus text. */
function parsePrometheus(text: string): { series: Map<string, number>; types: Map<string, string> } {
  const series = new Map<string, number>();
  const types = new Map<string, string>();
  if (!text.endsWith('\n')) throw new Error('The exposition does not end with a newline');
  for (const [index, line] of text.slice(0, -1).split('\n').entries()) {
    if (line === '' || HELP.test(line)) continue;
    const type = TYPE.exec(line);
    if (type) {
      if (types.has(type[1])) throw new Error(`Line ${index + 1}: a second TYPE for ${type[1]}`);
      types.set(type[1], type[2]);
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`Line ${index + 1} is not Prometheus text: ${JSON.stringify(line)}`);
    const [, name, labels = '', value] = sample;
    const family = [name, name.replace(/_(bucket|sum|count|total|created)$/, '')].find((n) => types.has(n));
    if (!family) throw new Error(`Line ${index + 1}: ${name} has no TYPE line before it`);
    const key = `${name}${labels}`;
    if (series.has(key)) throw new Error(`Line ${index + 1}: ${key} appears twice`);
    series.set(key, /nan/i.test(value) ? NaN : Number(value.replace('Inf', 'Infinity')));
  }
  return { series, types };
}

/** The value of one series, 0 when it does not exist yet (a counter before its first count). */
function valueOf(series: Map<string, number>, key: string): number {
  return series.get(key) ?? 0;
}

/** The label values of `label` among the series named `name`. */
function labelValues(series: Map<string, number>, name: string, label: string): Set<string> {
  const pattern = new RegExp(`[{,]${label}="([^"]*)"`);
  const values = new Set<string>();
  for (const key of series.keys()) {
    if (!key.startsWith(`${name}{`)) continue;
    const match = pattern.exec(key);
    if (match) values.add(match[1]);
  }
  return values;
}

/** An IPv4 address of this machine other than loopback, from which a request is not local. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
const itFromElsewhere = external ? it : it.skip;
const elsewhere = external ? `from ${external}` : '(skipped: this machine has no address but loopback)';

/** Serves the app's request handler on a second listener at `host`, as if the app listened there. */
async function listenOn(t: TestApp, host: string): Promise<{ url: string; server: Server }> {
  const server = createServer(t.app.getHttpAdapter().getInstance());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------- the tests

describe('GET /metrics without a token', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function scrape(): Promise<Map<string, number>> {
    const response = await t.http.get('/metrics').expect(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheus(response.text).series;
  }

  it('answers this machine in the Prometheus text format, with HTTP, GraphQL, database and process metrics', async () => {
    await t.http.get('/health').expect(200);
    const response = await t.http.get('/metrics').expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { types } = parsePrometheus(response.text);
    expect(Object.fromEntries([...types].filter(([name]) => name.startsWith('leitstand_')))).toEqual({
      leitstand_http_requests_total: 'counter',
      leitstand_http_request_duration_seconds: 'histogram',
      leitstand_graphql_operations_total: 'counter',
      leitstand_db_statement_duration_seconds: 'histogram',
      leitstand_db_pool_connections: 'gauge',
      leitstand_db_pool_idle_connections: 'gauge',
      leitstand_db_pool_waiting_requests: 'gauge',
      leitstand_db_pool_max_connections: 'gauge',
    });
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
    ])
      expect(types.has(name)).toBe(true);
  });

  it('counts a GraphQL operation just made by its name and outcome, each by exactly one', async () => {
    const token = await t.login(EMAIL.viewer);
    const ok = 'leitstand_graphql_operations_total{operation="MetricsProbe",outcome="ok"}';
    const before = await scrape();
    const body = await t.graphql('query MetricsProbe { portfolioSummary { projectCount } }', {}, { token });
    expect(body.errors).toBeUndefined();
    const denied = await t.graphql('query MetricsProbe { portfolioSummary { projectCount } }');
    const code = errorCode(denied);
    expect(code).toBe('UNAUTHENTICATED');
    const after = await scrape();
    expect(valueOf(after, ok) - valueOf(before, ok)).toBe(1);
    const refused = `leitstand_graphql_operations_total{operation="MetricsProbe",outcome="${code}"}`;
    expect(valueOf(after, refused) - valueOf(before, refused)).toBe(1);
    const graphqlRequests = (series: Map<string, number>) =>
      [...series]
        .filter(([key]) => key.startsWith('leitstand_http_requests_total{method="POST",route="/graphql",'))
        .reduce((sum, [, value]) => sum + value, 0);
    expect(graphqlRequests(after) - graphqlRequests(before)).toBe(2);
  });

  it('counts an operation without a name as anonymous', async () => {
    const key = 'leitstand_graphql_operations_total{operation="anonymous",outcome="ok"}';
    const before = await scrape();
    await t.graphql('{ __typename }');
    expect(valueOf(await scrape(), key) - valueOf(before, key)).toBe(1);
  });

  it('labels requests by route, never by the URL asked for, and times them', async () => {
    const before = await scrape();
    await t.http.get('/health?probe=1').expect(200);
    await t.http.get('/projects/0c1d2e3f-probe').set('Accept', 'text/html');
    await t.http.post('/no-such-path-probe').send({});
    const after = await scrape();
    const health = 'leitstand_http_requests_total{method="GET",route="/health",status="200"}';
    expect(valueOf(after, health) - valueOf(before, health)).toBe(1);
    const healthTimed = 'leitstand_http_request_duration_seconds_count{method="GET",route="/health",status="200"}';
    expect(valueOf(after, healthTimed) - valueOf(before, healthTimed)).toBe(1);
    expect(labelValues(after, 'leitstand_http_requests_total', 'route')).toEqual(
      new Set(['/graphql', '/health', '/metrics', 'static', 'other']),
    );
    expect([...after.keys()].filter((key) => key.includes('probe'))).toEqual([]);
  });

  it('times the statements that a request sends, by kind, without their text', async () => {
    const token = await t.login(EMAIL.viewer);
    const selects = 'leitstand_db_statement_duration_seconds_count{kind="SELECT",outcome="ok"}';
    const before = await scrape();
    await t.graphql('{ portfolioSummary { projectCount } }', {}, { token });
    const after = await scrape();
    expect(valueOf(after, selects)).toBeGreaterThan(valueOf(before, selects));
    const kinds = labelValues(after, 'leitstand_db_statement_duration_seconds_count', 'kind');
    for (const kind of kinds) expect(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'other']).toContain(kind);
  });

  it("shows the database pool: a server's of ten connections, the embedded database's one", async () => {
    const series = await scrape();
    const kind = t.database.kind;
    expect(series.get(`leitstand_db_pool_max_connections{database="${kind}"}`)).toBe(kind === 'server' ? 10 : 1);
    expect(series.get(`leitstand_db_pool_connections{database="${kind}"}`)).toBeGreaterThanOrEqual(1);
    expect(series.get(`leitstand_db_pool_waiting_requests{database="${kind}"}`)).toBe(0);
  });

  it(`keeps the first ${OPERATION_NAME_LIMIT} operation names and counts the rest as other`, async () => {
    const names = Array.from({ length: OPERATION_NAME_LIMIT + 20 }, (_, i) => `Flood${i}`);
    for (let i = 0; i < names.length; i += 20) {
      const batch = names.slice(i, i + 20).map((name) => ({ query: `query ${name} { __typename }` }));
      await t.http.post('/graphql').set('Content-Type', 'application/json').send(batch).expect(200);
    }
    const series = await scrape();
    const operations = labelValues(series, 'leitstand_graphql_operations_total', 'operation');
    expect(operations.has('other')).toBe(true);
    expect([...operations].filter((name) => name !== 'other' && name !== 'anonymous')).toHaveLength(
      OPERATION_NAME_LIMIT,
    );
    expect(operations.has(`Flood${OPERATION_NAME_LIMIT + 19}`)).toBe(false);
  });

  itFromElsewhere(`refuses a request ${elsewhere} with 403`, async () => {
    const { url, server } = await listenOn(t, external as string);
    try {
      const response = await fetch(`${url}/metrics`, { headers: { 'X-Forwarded-For': '127.0.0.1' } });
      expect(response.status).toBe(403);
      expect(await response.text()).toBe(
        'The metrics are answered only on this machine; set LEITSTAND_METRICS_TOKEN to allow others.\n',
      );
    } finally {
      await closeServer(server);
    }
  });
});

describe('GET /metrics with LEITSTAND_METRICS_TOKEN set', () => {
  const token = 'metrics-token-for-the-test-0123456789';
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ config: { metrics: { token } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses this machine without the token with 401', async () => {
    const response = await t.http.get('/metrics').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(response.text).toBe('The metrics need the bearer token set in LEITSTAND_METRICS_TOKEN.\n');
    expect(response.text).not.toContain('leitstand_');
  });

  it('refuses a wrong token with 401, also one that only begins like the right one', async () => {
    for (const wrong of ['wrong-token', `${token}x`, token.slice(0, -1)]) {
      const response = await t.http.get('/metrics').set('Authorization', `Bearer ${wrong}`);
      expect(response.status).toBe(401);
    }
    await t.http.get('/metrics').set('Authorization', token).expect(401);
  });

  it('answers the token', async () => {
    const response = await t.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(parsePrometheus(response.text).types.get('leitstand_http_requests_total')).toBe('counter');
  });

  itFromElsewhere(`answers the token ${elsewhere}, and refuses it without`, async () => {
    const { url, server } = await listenOn(t, external as string);
    try {
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      const response = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      parsePrometheus(await response.text());
    } finally {
      await closeServer(server);
    }
  });
});
