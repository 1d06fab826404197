import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Stopping without cutting anyone off: on a signal the server stops accepting connections,
 * `/health` answers 503 (so a load balancer takes the instance out), requests that are running
 * finish and get their answer with `Connection: close`, kept-alive connections that are idle are
 * closed, and only then is the database closed. A write is thus never saved without its answer.
 */
/** How long no request may have run before the idle kept-alive connections are closed. */
const QUIET_MS = 250;

export class GracefulShutdown {
  private closing = false;
  private readonly running = new Set<ServerResponse>();

  get isClosing(): boolean {
    return this.closing;
  }

  /** Registered before every route: counts running requests, answers /health 503 while closing. */
  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      if (this.closing) {
        response.setHeader('Connection', 'close');
        if (request.path === '/health') {
          response.status(503).setHeader('Cache-Control', 'no-store').json({ status: 'unavailable', closing: true });
          return;
        }
      }
      this.running.add(response);
      response.once('close', () => this.running.delete(response));
      next();
    };
  }

  /**
   * Stops accepting, lets what runs finish, then closes the kept-alive connections that stay idle;
   * resolves once every connection is closed, or after `graceMs` (then the rest are closed hard).
   *
   * The listening socket is closed with net.Server's own `close()`: http.Server's would also close
   * every idle kept-alive connection at once, while its client may be sending the next request on it
   * (which then fails with ECONNRESET). Instead, each connection closes after an answer with
   * `Connection: close`, and the idle ones only once no request has run for a moment.
   */
  async close(server: Server, graceMs: number): Promise<void> {
    this.closing = true;
    for (const response of this.running) if (!response.headersSent) response.setHeader('Connection', 'close');
    const deadline = Date.now() + graceMs;
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (this.running.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) break;
      await sleep(10);
    }
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(
        () => {
          server.closeAllConnections();
          resolve();
        },
        Math.max(0, deadline - Date.now()),
      );
    });
    await Promise.race([closed, late]);
    clearTimeout(timer);
  }
}
