import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Metrics } from './metrics';

/** The addresses of this machine's own loopback interface, as a socket reports them. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Counts every HTTP request with its route and status, and times it, when its answer has been sent. */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    response.once('finish', () => {
      // `path` without the query string; Express's own `request.path` would parse the URL a second time.
      const url = request.originalUrl;
      const query = url.indexOf('?');
      metrics.observeRequest(
        request.method,
        query === -1 ? url : url.slice(0, query),
        response.statusCode,
        (performance.now() - started) / 1000,
      );
    });
    next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * `GET /metrics` in Prometheus's text format. With a token (LEITSTAND_METRICS_TOKEN), only to
 * `Authorization: Bearer <token>` (compared in constant time), from anywhere; without one, only to
 * requests from this machine's loopback interface. The address is the socket's own: a forwarded
 * address (X-Forwarded-For, trusted with LEITSTAND_TRUST_PROXY) names whoever the proxy says, and
 * a proxy on this machine would make everyone local.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  const refuse = (response: Response, status: 401 | 403, text: string) => {
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    response.status(status).type('text/plain').send(`${text}\n`);
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    response.setHeader('Cache-Control', 'no-store');
    if (expected) {
      const header = request.headers.authorization ?? '';
      const given = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      if (given === undefined || !timingSafeEqual(digest(given), expected))
        return refuse(response, 401, 'The metrics need the bearer token set in LEITSTAND_METRICS_TOKEN.');
    } else if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      return refuse(
        response,
        403,
        'The metrics are answered only on this machine; set LEITSTAND_METRICS_TOKEN to allow others.',
      );
    }
    metrics.text().then(
      (text) => {
        response.setHeader('Content-Type', metrics.contentType);
        response.send(text);
      },
      (error: unknown) => next(error),
    );
  };
}
