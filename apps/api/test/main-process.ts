import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './demo-password';

const root = join(__dirname, '../../..');

/** The server's entry point running as its own process, as an operator starts it, from the sources. */
export interface MainProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` once it is ready. */
  url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

/** A port that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Spawns main.ts on a free port with the environment given (and the demo on); does not wait. */
export async function spawnMain(env: Record<string, string>): Promise<MainProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
      NODE_ENV: 'test',
      LEITSTAND_DEMO: 'true',
      LEITSTAND_DEMO_PASSWORD: DEMO_PASSWORD,
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  return { child, url: `http://127.0.0.1:${port}`, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Spawns main.ts and waits until it says it is ready; fails with what it printed if it ends first. */
export async function startMain(env: Record<string, string>, timeoutMs = 60_000): Promise<MainProcess> {
  const main = await spawnMain(env);
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void main.exited.then(() => (ended = true));
  while (!main.stdout().includes('Leitstand is ready')) {
    if (ended || Date.now() > deadline) {
      main.child.kill('SIGKILL');
      throw new Error(`main.ts did not become ready:\n${main.stdout()}\n${main.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return main;
}

/** Sends one GraphQL operation with fetch and returns the HTTP status, headers and parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; headers: Headers; body: GraphQLAnswer }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLAnswer };
}

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Signs in with a demo account and returns the bearer token. */
export async function loginTo(url: string, email: string): Promise<string> {
  const { body } = await postGraphQL(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  const token = (body.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body)}`);
  return token;
}
