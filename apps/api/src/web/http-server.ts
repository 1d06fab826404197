import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import type { Socket } from 'node:net';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Express on a Node server whose requests and responses are made as Express's from the start,
 * through Node's documented `IncomingMessage` and `ServerResponse` options of `createServer`.
 *
 * Otherwise Express changes the prototype of each request and response when it arrives, and V8
 * pays for changing the prototype of a live object with objects that outlive the request: under
 * load, young-generation collections copied megabytes of them (20–40 ms pauses in the tail of every
 * latency). Made with those prototypes, Express finds nothing to change. Measured in BENCHMARKS.md
 * (change 30): the list page 162 → 183 requests/s without it and with it. Options that need Nest's
 * own server (HTTPS, closing connections on shutdown) get it as they would without this class.
 */
export class ExpressServerAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options?.httpsOptions || options?.forceCloseConnections || options?.return503OnClosing)
      return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    function Request(this: IncomingMessage, socket: Socket) {
      (IncomingMessage as unknown as (this: IncomingMessage, socket: Socket) => void).call(this, socket);
    }
    Request.prototype = app.request;
    function Response(this: ServerResponse, request: IncomingMessage, options?: object) {
      (ServerResponse as unknown as (this: ServerResponse, request: IncomingMessage, options?: object) => void).call(
        this,
        request,
        options,
      );
    }
    Response.prototype = app.response;
    this.httpServer = createServer(
      {
        IncomingMessage: Request as unknown as typeof IncomingMessage,
        ServerResponse: Response as unknown as typeof ServerResponse,
      },
      app,
    );
  }
}
