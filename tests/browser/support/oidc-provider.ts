import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** The provider's own cookie that says who is signed in there (see apps/api/test/oidc-issuer-process.mjs). */
export const PROVIDER_ACCOUNT_COOKIE = 'provider_account';

export interface OidcProvider {
  url: string;
  /** The value of the provider's cookie for a person signed in there with this email. */
  account(email: string): string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oauth2-mock-server) in a process of its own, the one the API's
 * single sign-on suite uses: it signs in whoever its cookie names and signs them out at /endsession.
 */
export async function startOidcProvider(): Promise<OidcProvider> {
  const child: ChildProcess = spawn(process.execPath, [resolve(root, 'apps/api/test/oidc-issuer-process.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    child.stdout?.once('data', (chunk: Buffer) => done(chunk.toString().trim()));
    child.once('exit', (code) => fail(new Error(`The provider stopped with ${code}`)));
  });
  return {
    url,
    account: (email) => Buffer.from(JSON.stringify({ email })).toString('base64url'),
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
