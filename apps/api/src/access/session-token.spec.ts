import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { SessionClaims, SessionTokens } from './session-token';

const SECRET = Buffer.from('a-secret-of-the-test-that-is-long-enough-for-hs256');
const NOW = 1_800_000_000;
const CLAIMS: SessionClaims = { sid: 'session-1', sub: 'person-1', iss: 'leitstand', iat: NOW, exp: NOW + 3600 };

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signWith = (secret: Buffer, input: string) => createHmac('sha256', secret).update(input).digest('base64url');

describe('SessionTokens', () => {
  const tokens = new SessionTokens(SECRET);

  it('verifies what it signed, until it expires', () => {
    const token = tokens.sign(CLAIMS);
    expect(tokens.verify(token, 'leitstand', NOW)).toEqual(CLAIMS);
    expect(tokens.verify(token, 'leitstand', NOW + 3599)).toEqual(CLAIMS);
    expect(tokens.verify(token, 'leitstand', NOW + 3600)).toBeNull();
  });

  it('refuses another issuer, another secret and a changed payload', () => {
    const token = tokens.sign(CLAIMS);
    expect(tokens.verify(token, 'someone-else', NOW)).toBeNull();
    expect(new SessionTokens(Buffer.from('another-secret')).verify(token, 'leitstand', NOW)).toBeNull();
    const [header, , signature] = token.split('.');
    const forged = `${header}.${part({ ...CLAIMS, sub: 'admin' })}.${signature}`;
    expect(tokens.verify(forged, 'leitstand', NOW)).toBeNull();
  });

  it('accepts HS256 only, whatever the header says', () => {
    const payload = part(CLAIMS);
    const none = `${part({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(tokens.verify(none, 'leitstand', NOW)).toBeNull();
    const hs512 = part({ alg: 'HS512', typ: 'JWT' });
    expect(
      tokens.verify(`${hs512}.${payload}.${signWith(SECRET, `${hs512}.${payload}`)}`, 'leitstand', NOW),
    ).toBeNull();
    const critical = part({ alg: 'HS256', crit: ['b64'], b64: false });
    expect(
      tokens.verify(`${critical}.${payload}.${signWith(SECRET, `${critical}.${payload}`)}`, 'leitstand', NOW),
    ).toBeNull();
  });

  it('refuses what is not a compact token', () => {
    for (const token of ['', 'a.b', 'a.b.c.d', 'not a token', `${tokens.sign(CLAIMS)}=`]) {
      expect(tokens.verify(token, 'leitstand', NOW)).toBeNull();
    }
  });

  it('agrees with a standard JWT library in both directions', async () => {
    const fromLibrary = await new SignJWT({ sid: CLAIMS.sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(CLAIMS.iss)
      .setSubject(CLAIMS.sub)
      .setIssuedAt(NOW)
      .setExpirationTime(CLAIMS.exp)
      .sign(SECRET);
    expect(tokens.verify(fromLibrary, 'leitstand', NOW)).toEqual(CLAIMS);
    const { payload } = await jwtVerify(tokens.sign(CLAIMS), SECRET, {
      issuer: 'leitstand',
      algorithms: ['HS256'],
      currentDate: new Date(NOW * 1000),
    });
    expect(payload).toEqual(CLAIMS);
  });
});
