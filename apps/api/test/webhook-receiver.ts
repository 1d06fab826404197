import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One POST that a receiver got. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The body, parsed. */
  json: { type: string; timestamp: string; data: Record<string, unknown> & { project: { id: string; code: string } } };
}

/**
 * A real HTTP server on 127.0.0.1 that receives webhooks: it keeps what it gets and answers with
 * the statuses it is told, one per request (200 once they run out); `hold` keeps requests unanswered.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** Statuses for the next requests, in order. */
  statuses: number[] = [];
  /** While true, requests get no answer (until `release`). */
  hold = false;
  private held: ServerResponse[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(port = 0): Promise<WebhookReceiver> {
    const started: { receiver?: WebhookReceiver } = {};
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () =>
        started.receiver!.take(request.headers, Buffer.concat(chunks).toString('utf8'), response),
      );
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    started.receiver = new WebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
    return started.receiver;
  }

  private take(headers: IncomingHttpHeaders, body: string, response: ServerResponse): void {
    this.received.push({ headers, body, json: JSON.parse(body) as Received['json'] });
    for (const waiter of this.waiters.splice(0)) waiter();
    if (this.hold) {
      this.held.push(response);
      return;
    }
    response.statusCode = this.statuses.shift() ?? 200;
    response.end('ok');
  }

  /** Waits until at least `count` requests have come, or fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`The receiver got ${this.received.length} requests, not ${count}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }

  /** Those received with this event type. */
  ofType(type: string): Received[] {
    return this.received.filter((request) => request.json.type === type);
  }

  /** Cuts the connections of held requests without an answer. */
  dropHeld(): void {
    for (const response of this.held.splice(0)) response.socket?.destroy();
  }

  close(): Promise<void> {
    this.dropHeld();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
