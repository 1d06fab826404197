// A real OpenID Connect issuer for the single sign-on suite, in a process of its own
// (oauth2-mock-server): discovery document, JWKS and a token endpoint on a free local port.
// POST /token with a form field `claims` (JSON) gets a token carrying those claims, e.g. an
// email, a role, or an `exp` in the past. Prints its issuer URL once it listens.
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
server.service.on('beforeTokenSigning', (token, request) => {
  const claims = request.body?.claims ? JSON.parse(request.body.claims) : {};
  Object.assign(token.payload, claims);
});
await server.start(0, '127.0.0.1');
process.stdout.write(`${server.issuer.url}\n`);
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
