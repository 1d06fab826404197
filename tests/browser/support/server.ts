import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Which database the server runs on: the start page names it. */
    databaseKind: 'embedded' | 'server';
  }
}

const root = resolve(import.meta.dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`The server did not become healthy within 180 s:\n${output()}`);
}

/**
 * Starts the built server (as `npm start` runs it) and waits until it is healthy; returns its stop.
 * The settings may depend on the port it gets (e.g. its own address for single sign-on).
 */
export async function startInstance(
  env: Record<string, string> | ((port: number) => Record<string, string>),
): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...(typeof env === 'function' ? env(port) : env),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(`http://127.0.0.1:${port}`, child, () => output);
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
    },
  };
}

/**
 * A load balancer for the test: each request goes to the next instance in turn, so that a person
 * signs in on one and writes on the other. Counts what each instance answered.
 */
async function roundRobin(ports: number[]): Promise<{ port: number; served: number[]; close: () => Promise<void> }> {
  const served = ports.map(() => 0);
  let next = 0;
  const server = createHttpServer((incoming, outgoing) => {
    const index = next++ % ports.length;
    served[index]++;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: ports[index], method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port,
    served,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A database of its own on the server that DATABASE_URL names, dropped at the end. */
async function serverDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `leitstand_browser_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * The server the suite runs against. By default one instance on a fresh in-memory embedded
 * database. With LEITSTAND_BROWSER_TWO_INSTANCES=true, two instances on one fresh database of the
 * PostgreSQL server named by DATABASE_URL, behind a round-robin balancer: every request goes to
 * the other instance than the one before, and the run fails unless both answered.
 */
export default async function startServer(project: TestProject) {
  if (process.env.LEITSTAND_BROWSER_TWO_INSTANCES !== 'true') {
    const instance = await startInstance({ LEITSTAND_DATA_DIR: 'memory://' });
    project.provide('baseUrl', `http://127.0.0.1:${instance.port}`);
    project.provide('databaseKind', 'embedded');
    return instance.stop;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('LEITSTAND_BROWSER_TWO_INSTANCES=true needs DATABASE_URL, a PostgreSQL server');
  const database = await serverDatabase(serverUrl);
  const env = { DATABASE_URL: database.url, LEITSTAND_DEMO: 'true' };
  // The first migrates and seeds; the second starts on what the first made, as a rolling deploy does.
  const first = await startInstance(env);
  const second = await startInstance(env);
  const balancer = await roundRobin([first.port, second.port]);
  project.provide('baseUrl', `http://127.0.0.1:${balancer.port}`);
  project.provide('databaseKind', 'server');
  return async () => {
    await balancer.close();
    await first.stop();
    await second.stop();
    await database.drop();
    if (balancer.served.some((count) => count === 0))
      throw new Error(`Both instances must have answered; they answered ${balancer.served.join(' and ')} requests`);
    process.stdout.write(`two instances answered ${balancer.served.join(' and ')} requests\n`);
  };
}
