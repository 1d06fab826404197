import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/**
 * Security headers on every response: a strict Content-Security-Policy (our own scripts only,
 * no framing), nosniff, a strict referrer policy, and HSTS when served over https. The GraphQL
 * IDE, where enabled, loads its scripts from a CDN and gets a policy of its own.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 31536000, includeSubDomains: true });
  return (request, response, next) => {
    const done = () => (request.secure ? hsts(request, response, next) : next());
    if (config.graphql.ide && request.method === 'GET' && request.path === '/graphql') {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      return done();
    }
    strict(request, response, (error?: unknown) => (error ? next(error) : done()));
  };
}
