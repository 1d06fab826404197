// A real OpenID Connect provider for the single sign-on suites, in a process of its own
// (oauth2-mock-server): discovery document, JWKS, token, authorization and end-session endpoints
// on a free local port. Prints its issuer URL once it listens.
//
// - POST /token with a form field `claims` (JSON) gets a token carrying those claims, e.g. an
//   email, a role, or an `exp` in the past (client credentials, for bearer tokens).
// - Who is signed in at the provider is a cookie of its own, `provider_account`: base64url JSON of
//   the claims (e.g. {"email":"lead@leitstand.example"}) that the ID token of an authorization at
//   /authorize then carries. Without it, /authorize answers error=login_required, as a provider
//   would that shows no login form. /endsession clears it: the person is signed out there.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const ACCOUNT_COOKIE = 'provider_account';

function accountOf(request) {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== ACCOUNT_COOKIE) continue;
    try {
      return JSON.parse(Buffer.from(value.join('='), 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const issuer = new OAuth2Issuer();
await issuer.keys.generate('RS256');
const service = new OAuth2Service(issuer);
/** The claims of the account that was signed in when each code was issued. */
const accounts = new Map();

service.on('beforeAuthorizeRedirect', (redirect, request) => {
  const code = redirect.url.searchParams.get('code');
  const account = accountOf(request);
  if (!account) {
    redirect.url.searchParams.delete('code');
    redirect.url.searchParams.set('error', 'login_required');
    return;
  }
  accounts.set(code, account);
});
service.on('beforeTokenSigning', (token, request) => {
  const body = request.body ?? {};
  if (body.claims) Object.assign(token.payload, JSON.parse(body.claims));
  if (body.grant_type === 'authorization_code' && accounts.has(body.code))
    Object.assign(token.payload, accounts.get(body.code));
});
service.on('beforeResponse', (response, request) => {
  // A code serves one exchange, as RFC 6749 demands of every provider.
  if (request.body?.grant_type === 'authorization_code') accounts.delete(request.body.code);
});

const server = createServer((request, response) => {
  if (request.url?.startsWith('/endsession'))
    response.setHeader('Set-Cookie', `${ACCOUNT_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);
  service.requestHandler(request, response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
issuer.url = `http://127.0.0.1:${server.address().port}`;
process.stdout.write(`${issuer.url}\n`);
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
