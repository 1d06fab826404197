import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A running issuer process (test/oidc-issuer-process.mjs) and a way to get tokens from it. */
export interface Issuer {
  url: string;
  token(claims: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

export async function startIssuer(): Promise<Issuer> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-issuer-process.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`The issuer stopped with ${code}`)));
  });
  return {
    url,
    async token(claims) {
      const response = await fetch(`${url}/token`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Authorization: `Basic ${Buffer.from('leitstand:secret').toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', claims: JSON.stringify(claims) }),
      });
      const body = (await response.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`The issuer gave no token: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
