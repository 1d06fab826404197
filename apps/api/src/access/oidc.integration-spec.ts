import { errorCode } from '../../test/graphql-client';
import { Issuer, startIssuer } from '../../test/oidc-issuer';
import { startTestApp, TestApp } from '../../test/test-app';
import { loadConfig } from '../config/app-config';

const AUDIENCE = 'leitstand';

describe('single sign-on with an OpenID Connect issuer', () => {
  let issuer: Issuer;
  let other: Issuer;
  let t: TestApp;

  beforeAll(async () => {
    [issuer, other] = await Promise.all([startIssuer(), startIssuer()]);
    const { auth } = loadConfig({
      OIDC_ISSUER_URL: issuer.url,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_ROLE_CLAIM: 'realm_access.roles',
    });
    t = await startTestApp({ config: { auth } });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([issuer?.stop(), other?.stop()]);
  });

  const me = '{ me { email role } }';

  it('accepts a valid token of the issuer for a known email, with the role from the claim', async () => {
    const token = await issuer.token({
      aud: AUDIENCE,
      email: 'Viewer@Leitstand.example',
      realm_access: { roles: ['offline_access', 'portfolio-manager'] },
    });
    const body = await t.graphql<{ me: { email: string; role: string } }>(me, {}, { token });
    expect(body.data?.me).toEqual({ email: 'viewer@leitstand.example', role: 'PORTFOLIO_MANAGER' });
  });

  it("takes the stored person's role when the claim names none", async () => {
    const token = await issuer.token({ aud: AUDIENCE, email: 'lead@leitstand.example' });
    const body = await t.graphql<{ me: { role: string } }>(me, {}, { token });
    expect(body.data?.me.role).toBe('PROJECT_LEAD');
  });

  it.each([
    [
      'an expired token',
      () => issuer.token({ aud: AUDIENCE, email: 'lead@leitstand.example', exp: Math.floor(Date.now() / 1000) - 60 }),
    ],
    ['a token for another audience', () => issuer.token({ aud: 'another-app', email: 'lead@leitstand.example' })],
    ['a token of another issuer', () => other.token({ aud: AUDIENCE, email: 'lead@leitstand.example' })],
    [
      'a token of another issuer that claims to be ours',
      () => other.token({ aud: AUDIENCE, email: 'lead@leitstand.example', iss: issuer.url }),
    ],
    ['a token for an unknown email', () => issuer.token({ aud: AUDIENCE, email: 'stranger@leitstand.example' })],
    ['a token without an email', () => issuer.token({ aud: AUDIENCE })],
  ])('refuses %s with UNAUTHENTICATED', async (_case, makeToken) => {
    const body = await t.graphql(me, {}, { token: await makeToken() });
    expect(errorCode(body)).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });
});
