import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Workbook } from 'exceljs';
import { Client, Pool } from 'pg';
import { DatabaseTarget } from '../src/config/app-config';
import { Database } from '../src/database/database';
import { DEFAULT_SIZE, generatePortfolio, parseArgs, parseSize, PortfolioSize } from './generate';
import {
  CHANGES,
  DASHBOARD,
  DASHBOARD_AS_OF,
  LIST_PAGE_SQL,
  MILESTONES_DUE,
  POST_STATUS,
  PROJECT_LIST,
  PROJECT_LIST_AS_OF,
  PROJECT_PAGE,
} from './queries';

const ROOT = resolve(__dirname, '../../..');
const ADMIN = { email: 'admin@bench.example', password: 'bench-password-1' };
const STATEMENT_HEADER = 'x-sql-statements';
/** The flags that `npm start` gives Node for the API. */
const NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=64'];

interface CaseResult {
  case: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statementsPerRequest: number | null;
  responseBytes: number;
  peakRssMb: number | null;
  errors: number;
}

interface Settings {
  size: PortfolioSize;
  duration: number;
  /** Seconds of load before each case's measured run. */
  warmup: number;
  connections: number;
  only: Set<string> | null;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the process ended with ${child.exitCode} before it served ${url}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10000).unref();
  });
}

/** Samples the resident memory of a process while a case runs; the largest sample is its peak. */
function rssSampler(pid: number | undefined) {
  let peak = 0;
  const read = () => {
    if (!pid) return;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // not on Linux, or the process has gone
    }
  };
  read();
  const timer = setInterval(read, 50);
  return () => {
    clearInterval(timer);
    read();
    return peak > 0 ? Math.round(peak) : null;
  };
}

/** One download of an export: how long it took to the last byte, how big it was, and the API's peak memory meanwhile. */
interface ExportResult {
  case: string;
  seconds: number;
  bytes: number;
  peakRssMb: number | null;
}

/**
 * The export cases: the whole portfolio as a workbook and as CSV, and the Sachstandsbericht as of
 * 90 days ago compared with a year before that; one download each, measured to the last byte.
 */
const EXPORTS = ['projects.xlsx', 'projects.csv', 'report.xlsx'] as const;

/** The query of each export case. */
function exportQuery(file: (typeof EXPORTS)[number]): string {
  if (file !== 'report.xlsx') return '';
  const date = (days: number) => daysAgo(days).slice(0, 10);
  return `?asOf=${date(90)}&since=${date(455)}`;
}

async function download(url: string, token: string, pid: number | undefined, file: string): Promise<ExportResult> {
  const done = rssSampler(pid);
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200 || !response.body) throw new Error(`${file}: HTTP ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  return { case: `export: ${file}`, seconds, bytes, peakRssMb: done() };
}

/** One upload to the import: its dry run or its commit, to the answer's last byte, and the API's peak memory meanwhile. */
interface ImportResult {
  case: string;
  seconds: number;
  rows: number;
  peakRssMb: number | null;
}

/** The import case: this many new projects, each with this many milestones, in one workbook. */
const IMPORT_MILESTONES = 12;

async function importWorkbook(projects: number): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Projekte');
  sheet.addRow(['Kürzel', 'Titel', 'Phase', 'Beginn', 'Geplantes Ende', 'Budget geplant', 'Schlagwörter']);
  const milestones = book.addWorksheet('Meilensteine');
  milestones.addRow(['Kürzel', 'Meilenstein', 'Geplant (Basis)', 'Prognose']);
  for (let n = 1; n <= projects; n++) {
    const code = `IMP-${String(n).padStart(5, '0')}`;
    sheet.addRow([code, `Importiertes Projekt ${n}`, 'Geplant', '01.01.2027', '31.12.2028', '1.250.000,00', 'import']);
    for (let m = 1; m <= IMPORT_MILESTONES; m++)
      milestones.addRow([
        code,
        `Meilenstein ${m}`,
        `${String(m).padStart(2, '0')}.${String(m).padStart(2, '0')}.2028`,
        null,
      ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(
  base: string,
  token: string,
  body: Buffer,
  dryRun: boolean,
  pid: number | undefined,
  projects: number,
): Promise<ImportResult> {
  const done = rssSampler(pid);
  const started = performance.now();
  const response = await fetch(`${base}?dryRun=${dryRun}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body,
  });
  const report = (await response.json()) as { created: number; errors: unknown[] };
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  if (response.status !== 200 || report.errors.length > 0)
    throw new Error(`import: HTTP ${response.status} ${JSON.stringify(report.errors).slice(0, 300)}`);
  const rows = projects * (1 + IMPORT_MILESTONES);
  if (report.created !== rows) throw new Error(`import: ${report.created} rows created, expected ${rows}`);
  return {
    case: `import: ${projects} projects with ${IMPORT_MILESTONES} milestones each, ${dryRun ? 'dry run' : 'commit'}`,
    seconds,
    rows,
    peakRssMb: done(),
  };
}

interface GraphqlCall {
  name: string;
  query: string;
  /** Variables for the n-th request; requests rotate through projects where that matters. */
  variables: (n: number) => Record<string, unknown>;
  /** What the case needs in place while it runs (e.g. an active webhook); returns how to take it away. */
  arrange?: (url: string, token: string) => Promise<() => Promise<void>>;
}

/**
 * An active webhook for every status report, to a receiver in this process that answers 204 at
 * once: the case measures what the outbox and its dispatcher cost a write, not a slow receiver.
 * Returns how to remove both, and how many deliveries arrived.
 */
async function activeWebhook(url: string, token: string): Promise<() => Promise<void>> {
  let received = 0;
  const receiver = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.statusCode = 204;
      response.end();
    });
  });
  const port = await freePort();
  await new Promise<void>((done) => receiver.listen(port, '127.0.0.1', done));
  const created = await post(
    url,
    token,
    JSON.stringify({
      query: 'mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
      variables: { input: { url: `http://127.0.0.1:${port}/hook`, events: ['STATUS_POSTED'] } },
    }),
  );
  const id = (JSON.parse(created.text) as { data: { createWebhook: { webhook: { id: string } } } }).data.createWebhook
    .webhook.id;
  return async () => {
    await post(
      url,
      token,
      JSON.stringify({ query: 'mutation ($id: ID!) { deleteWebhook(id: $id) }', variables: { id } }),
    );
    await new Promise((done) => receiver.close(done));
    say(`  the webhook's receiver got ${received} deliveries`);
  };
}

async function post(url: string, token: string, body: string) {
  const send = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
  // A kept-alive connection from before a load may have been closed by the server meanwhile: one retry.
  const response = await send().catch(send);
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: { message: string }[]; data?: unknown };
  if (!response.ok || parsed.errors) throw new Error(`${response.status} ${text.slice(0, 300)}`);
  return { bytes: Buffer.byteLength(text), statements: Number(response.headers.get(STATEMENT_HEADER) ?? NaN), text };
}

/** Checks a case's answer and counts its statements and bytes, over a few requests to the counting API. */
async function probe(url: string, token: string, call: GraphqlCall) {
  let statements = 0;
  let bytes = 0;
  let sample = '';
  const probes = 5;
  for (let n = 0; n < probes; n++) {
    const result = await post(url, token, JSON.stringify({ query: call.query, variables: call.variables(1000 + n) }));
    statements += result.statements;
    bytes += result.bytes;
    sample = result.text;
  }
  return {
    statementsPerRequest: Number.isNaN(statements) ? null : Math.round((statements / probes) * 10) / 10,
    responseBytes: Math.round(bytes / probes),
    sample,
  };
}

/** A case under load: a warm-up that is not measured (so that the JIT has compiled the path), then the load. */
async function load(url: string, token: string, call: GraphqlCall, settings: Settings, pid?: number) {
  let n = 0;
  const run = (duration: number) =>
    autocannon({
      url,
      connections: settings.connections,
      duration,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ query: call.query, variables: call.variables(n++) }),
          }),
        },
      ],
    });
  if (settings.warmup > 0) await run(settings.warmup);
  const done = rssSampler(pid);
  const result = await run(settings.duration);
  return { result, peakRssMb: done() };
}

/** The ceiling of the HTTP layer: a plain Node server that answers every request with the same body. */
async function httpCeiling(body: string, settings: Settings): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'leitstand-bench-'));
  const file = join(dir, 'body.json');
  writeFileSync(file, body);
  const port = await freePort();
  const script = `const body = require('fs').readFileSync(process.argv[1]);
require('http').createServer((req, res) => { req.resume(); req.on('end', () => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); }); })
  .listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', script, file], { stdio: 'inherit' });
  try {
    await waitFor(`http://127.0.0.1:${port}/`, child);
    const run = (duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        connections: settings.connections,
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PROJECT_LIST, variables: { first: 50 } }),
      });
    if (settings.warmup > 0) await run(settings.warmup);
    const done = rssSampler(child.pid);
    const result = await run(settings.duration);
    return {
      case: 'ceiling: HTTP (fixed list-page JSON)',
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      statementsPerRequest: 0,
      responseBytes: Buffer.byteLength(body),
      peakRssMb: done(),
      errors: result.errors + result.non2xx + result.timeouts,
    };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ceiling of the database: the list page's data as JSON from one hand-written query, at the same concurrency. */
async function databaseCeiling(url: string, settings: Settings): Promise<CaseResult> {
  const pool = new Pool({ connectionString: url, max: settings.connections });
  // An idle connection that the server ends (e.g. when the database is dropped) is no failure of the run.
  pool.on('error', () => undefined);
  try {
    const [{ page }] = (await pool.query(LIST_PAGE_SQL)).rows as { page: string }[];
    let latencies: number[] = [];
    const run = async (seconds: number) => {
      const until = performance.now() + seconds * 1000;
      const worker = async () => {
        while (performance.now() < until) {
          const started = performance.now();
          await pool.query(LIST_PAGE_SQL);
          latencies.push(performance.now() - started);
        }
      };
      await Promise.all(Array.from({ length: settings.connections }, worker));
    };
    if (settings.warmup > 0) await run(settings.warmup);
    latencies = [];
    const started = performance.now();
    await run(settings.duration);
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
    return {
      case: 'ceiling: database (list page as one JSON query)',
      requestsPerSecond: Math.round(latencies.length / seconds),
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      statementsPerRequest: 1,
      responseBytes: Buffer.byteLength(page),
      peakRssMb: null,
      errors: 0,
    };
  } finally {
    await pool.end();
  }
}

/** The instant `days` days ago, as the API takes a DateTime. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86400000).toISOString();
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

/** The cases sent to the API; requests rotate through these projects where that matters. */
function graphqlCalls(projectIds: readonly string[]): GraphqlCall[] {
  const healths = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
  const postStatus = (n: number) => ({
    input: {
      projectId: projectIds[(n * 104729) % projectIds.length],
      health: healths[n % 3],
      progress: n % 101,
      summary: `Benchmark report ${n}: on schedule.`,
    },
  });
  return [
    { name: 'dashboard (portfolioSummary)', query: DASHBOARD, variables: () => ({}) },
    { name: 'project list (50 with relations)', query: PROJECT_LIST, variables: () => ({ first: 50 }) },
    {
      name: 'asof dashboard (portfolioSummary, 90 days ago)',
      query: DASHBOARD_AS_OF,
      variables: () => ({ asOf: daysAgo(90) }),
    },
    {
      name: 'asof project list (50 with relations, 90 days ago)',
      query: PROJECT_LIST_AS_OF,
      variables: () => ({ first: 50, asOf: daysAgo(90) }),
    },
    { name: 'changes (portfolioChanges, last 30 days)', query: CHANGES, variables: () => ({ from: daysAgo(30) }) },
    {
      name: 'project page with history',
      query: PROJECT_PAGE,
      variables: (n) => ({ id: projectIds[(n * 7919) % projectIds.length] }),
    },
    {
      name: 'milestones due in 30 days',
      query: MILESTONES_DUE,
      variables: () => ({ from: isoDay(0), to: isoDay(30) }),
    },
    {
      name: 'postStatusUpdate (write)',
      query: POST_STATUS,
      variables: postStatus,
    },
    {
      name: 'postStatusUpdate with an active webhook (write)',
      query: POST_STATUS,
      variables: postStatus,
      arrange: activeWebhook,
    },
  ];
}

/** The word that `--cases` selects a case by: the first of its name. */
function caseWord(call: GraphqlCall): string {
  return call.name.split(' ')[0];
}

async function benchmarkSize(target: DatabaseTarget, settings: Settings, serverUrl: string | undefined) {
  const { size } = settings;
  say(
    `\n## ${size.projects} projects (${size.milestones} milestones, ${size.reports} reports, ${size.kpis} key figures with ${size.measurements} measurements each)`,
  );
  const database = await Database.open(target);
  let projectIds: string[];
  try {
    await generatePortfolio(database, {
      ...size,
      seed: 'leitstand',
      replace: true,
      admin: ADMIN,
      progress: (line) => process.stderr.write(`\rgenerating: ${line}   `),
    });
    process.stderr.write('\n');
    projectIds = ((await database.dataSource.query('SELECT id FROM project ORDER BY code')) as { id: string }[]).map(
      (row) => row.id,
    );
  } finally {
    await database.close();
  }

  const calls = graphqlCalls(projectIds).filter((call) => !settings.only || settings.only.has(caseWord(call)));

  // The statements are counted by an API of their own: counting keeps a context per request
  // (AsyncLocalStorage), which costs every promise of the API something; the load runs without it.
  const probes = new Map<GraphqlCall, Awaited<ReturnType<typeof probe>>>();
  await withApi(target, true, async ({ url, token }) => {
    for (const call of calls) {
      const undo = await call.arrange?.(url, token);
      probes.set(call, await probe(url, token, call));
      await undo?.();
    }
  });

  const rows: CaseResult[] = [];
  await withApi(target, false, async ({ url, token, pid }) => {
    for (const call of calls) {
      say(`running: ${call.name}`);
      const undo = await call.arrange?.(url, token);
      const { result, peakRssMb } = await load(url, token, call, settings, pid);
      await undo?.();
      const probed = probes.get(call)!;
      rows.push({
        case: call.name,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        statementsPerRequest: probed.statementsPerRequest,
        responseBytes: probed.responseBytes,
        peakRssMb,
        errors: result.errors + result.non2xx + result.timeouts,
      });
    }
  });
  const exports: ExportResult[] = [];
  if (!settings.only || settings.only.has('export')) {
    await withApi(target, false, async ({ url, token, pid }) => {
      const base = url.replace(/\/graphql$/, '/api/export/');
      // One download first, not measured: the JIT compiles the path as the load cases' warm-up does.
      await download(`${base}${EXPORTS[0]}`, token, undefined, EXPORTS[0]);
      for (const file of EXPORTS) {
        say(`running: export ${file}`);
        exports.push(await download(`${base}${file}${exportQuery(file)}`, token, pid, file));
      }
    });
  }
  const imports: ImportResult[] = [];
  if (!settings.only || settings.only.has('import')) {
    const file = await importWorkbook(size.projects);
    await withApi(target, false, async ({ url, token, pid }) => {
      const base = url.replace(/\/graphql$/, '/api/import/projects');
      say(`running: import of ${size.projects} projects (dry run, then commit)`);
      imports.push(await upload(base, token, file, true, pid, size.projects));
      imports.push(await upload(base, token, file, false, pid, size.projects));
    });
  }
  if (!settings.only || settings.only.has('ceilings')) {
    const list = calls.find((call) => call.query === PROJECT_LIST);
    const listBody = list ? probes.get(list)!.sample : JSON.stringify({ data: { projects: { nodes: [] } } });
    say('running: ceiling of the HTTP layer');
    rows.push(await httpCeiling(listBody, settings));
    if (serverUrl) {
      say('running: ceiling of the database');
      rows.push(await databaseCeiling(serverUrl, settings));
    }
  }
  return { rows, exports, imports };
}

/** Runs `use` against the API in production mode on the benchmark's database, signed in as its administrator. */
async function withApi(
  target: DatabaseTarget,
  countStatements: boolean,
  use: (api: { url: string; token: string; pid?: number }) => Promise<void>,
): Promise<void> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    LEITSTAND_DEMO: 'false',
    LEITSTAND_COUNT_STATEMENTS: String(countStatements),
    LEITSTAND_ADMIN_EMAIL: ADMIN.email,
    LEITSTAND_ADMIN_PASSWORD: ADMIN.password,
    // The webhook case's receiver runs in this process, on 127.0.0.1.
    LEITSTAND_WEBHOOKS_ALLOW_PRIVATE: 'true',
  };
  if (target.kind === 'server') env.DATABASE_URL = target.url;
  else {
    delete env.DATABASE_URL;
    env.LEITSTAND_DATA_DIR = target.dataDir;
  }
  const api = spawn(process.execPath, [...NODE_FLAGS, 'dist/apps/api/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`, api);
    const url = `http://127.0.0.1:${port}/graphql`;
    const login = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'bench' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: ADMIN.email, p: ADMIN.password },
      }),
    });
    const token = ((await login.json()) as { data?: { login: { token: string } } }).data?.login.token;
    if (!token) throw new Error('could not sign in as the benchmark administrator');
    await use({ url, token, pid: api.pid });
  } finally {
    await stop(api);
  }
}

function table(rows: CaseResult[]): string {
  const lines = [
    '| case | requests/s | p50 ms | p99 ms | SQL/request | response bytes | API peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.case}${row.errors ? ` (${row.errors} errors)` : ''} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.statementsPerRequest ?? 'n/a'} | ${row.responseBytes} | ${row.peakRssMb ?? 'n/a'} |`,
    );
  }
  return lines.join('\n');
}

function exportTable(rows: ExportResult[]): string {
  const lines = ['| export | seconds | bytes | API peak RSS MB |', '|---|---:|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.case} | ${row.seconds} | ${row.bytes} | ${row.peakRssMb ?? 'n/a'} |`);
  return lines.join('\n');
}

function importTable(rows: ImportResult[]): string {
  const lines = ['| import | seconds | rows | API peak RSS MB |', '|---|---:|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.case} | ${row.seconds} | ${row.rows} | ${row.peakRssMb ?? 'n/a'} |`);
  return lines.join('\n');
}

const CASE_WORDS = [...new Set(graphqlCalls([]).map(caseWord)), 'export', 'import', 'ceilings'];

const USAGE = `Measures the API in production mode under load (see BENCHMARKS.md). On the PostgreSQL server
that DATABASE_URL names, in a database of its own; without it, on a temporary embedded database.

  --projects N[,N…]   portfolio sizes, one table each (1000; --quick: 100)
  --milestones N      per project (${DEFAULT_SIZE.milestones})
  --reports N         status reports per project (${DEFAULT_SIZE.reports})
  --kpis N            key figures per project (${DEFAULT_SIZE.kpis})
  --measurements N    per key figure (${DEFAULT_SIZE.measurements})
  --duration S        seconds per case (10; --quick: 2)
  --warmup S          seconds of load before each case, not measured (3; --quick: 1)
  --connections N     concurrent connections (10)
  --cases A,B         only these: ${CASE_WORDS.join(', ')}
                      (export: the whole portfolio as projects.xlsx and .csv, one download each;
                      --projects 10000 --cases export measures the export of 10,000 projects;
                      import: as many new projects as the portfolio has, with 12 milestones each,
                      in one workbook, its dry run and its commit)
  --quick             100 projects, short cases: what CI runs
  --no-build          use the API already built in dist/
  --database NAME     the server database to use (leitstand_bench)
  --keep              keep that database afterwards
`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), USAGE);
  const quick = args.has('quick');
  // --projects takes a list (100,1000,10000): one portfolio and one table per size.
  const sizes = (args.get('projects') ?? (quick ? '100' : '1000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--projects must be whole numbers, e.g. 100,1000');
  const base = parseSize(new Map([...args].filter(([name]) => name !== 'projects')), DEFAULT_SIZE);
  const warmup = Number(args.get('warmup') ?? (quick ? 1 : 3));
  if (!Number.isFinite(warmup) || warmup < 0) throw new Error('--warmup must be a number of seconds, 0 or more');
  const only = args.has('cases') ? new Set(args.get('cases')!.split(',')) : null;
  const unknown = [...(only ?? [])].filter((word) => !CASE_WORDS.includes(word));
  if (unknown.length > 0)
    throw new Error(`--cases: no case ${unknown.join(', ')}; the cases are ${CASE_WORDS.join(', ')}`);
  const settings = (projects: number): Settings => ({
    size: { ...base, projects },
    duration: Number(args.get('duration') ?? (quick ? 2 : 10)),
    warmup,
    connections: Number(args.get('connections') ?? 10),
    only,
  });

  if (!args.has('no-build')) {
    say('building the API');
    execFileSync(process.execPath, ['tools/build-api.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }

  // On a server, a database of its own that is dropped at the end; embedded, a directory of its own.
  const serverUrl = process.env.DATABASE_URL;
  let target: DatabaseTarget;
  let benchUrl: string | undefined;
  let cleanup: () => Promise<void>;
  const name = args.get('database') ?? 'leitstand_bench';
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    benchUrl = url.toString();
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    target = { kind: 'server', url: benchUrl };
    cleanup = async () => {
      if (args.has('keep')) return;
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'leitstand-bench-db-'));
    target = { kind: 'embedded', dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    say('embedded database: the ceiling of the database is measured on a server only (set DATABASE_URL)');
  }

  const results: {
    projects: number;
    settings: Omit<Settings, 'only'>;
    rows: CaseResult[];
    exports: ExportResult[];
    imports: ImportResult[];
  }[] = [];
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `${stamp}${quick ? '-quick' : ''}.json`);
  try {
    for (const projects of sizes) {
      const s = settings(projects);
      const { rows, exports, imports } = await benchmarkSize(target, s, benchUrl);
      results.push({
        projects,
        settings: { size: s.size, duration: s.duration, warmup: s.warmup, connections: s.connections },
        rows,
        exports,
        imports,
      });
      process.stdout.write(`\n### ${projects} projects, ${s.connections} connections, ${s.duration} s per case\n`);
      if (rows.length > 0) process.stdout.write(`\n${table(rows)}\n`);
      if (exports.length > 0) process.stdout.write(`\n${exportTable(exports)}\n`);
      if (imports.length > 0) process.stdout.write(`\n${importTable(imports)}\n`);
      // Written after each size, so that a long run that fails later keeps what it measured.
      const summary = { at: new Date().toISOString(), node: process.version, database: target.kind, quick, results };
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    }
  } finally {
    await cleanup();
  }
  say(`\nwrote bench/results/${file.slice(dir.length + 1)}`);
}

main().catch((error: unknown) => {
  say(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
