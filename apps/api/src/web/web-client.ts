import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Paths that belong to the server, never to the web client's routes. */
const SERVER_PATHS = /^\/(graphql|health|metrics|auth|api)(\/|$)/;

/**
 * Serves the built web client at `/`: its files as they are (hashed assets cached for a year),
 * and index.html for every other GET that asks for a page, so that client-side routes load.
 */
export function serveWebClient(app: NestExpressApplication, webDir: string, logger: Logger): void {
  const root = resolve(webDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ webDir: root }, 'No built web client found; serving the API only (build it with `npm run build`)');
    return;
  }
  app.use(
    express.static(root, {
      index: 'index.html',
      setHeaders: (response, path) => {
        const immutable = path.startsWith(join(root, 'assets'));
        response.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (SERVER_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
  logger.info({ webDir: root }, 'Serving the web client at /');
}
