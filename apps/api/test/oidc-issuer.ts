import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A running issuer process (test/oidc-issuer-process.mjs) and a way to get tokens from it. */
export interface Issuer {
  url: string;
  token(claims: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

/** The provider's own cookie that says who is signed in there, with the claims of their ID tokens. */
export const PROVIDER_ACCOUNT_COOKIE = 'provider_account';

/** The Cookie header value of a person signed in at the provider with these claims, e.g. { email }. */
export function providerAccount(claims: Record<string, unknown>): string {
  return `${PROVIDER_ACCOUNT_COOKIE}=${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
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
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
