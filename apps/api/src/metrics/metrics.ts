import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AfterQueryEvent, BeforeQueryEvent, EntitySubscriberInterface } from 'typeorm';

/** How many different GraphQL operation names get a series of their own; later ones count as `other`. */
export const OPERATION_NAME_LIMIT = 200;

/** How many different error codes get a series of their own; later ones count as `other`. */
const OUTCOME_LIMIT = 50;

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

/** The routes that get a label of their own; every other GET or HEAD is the web client's (`static`), the rest `other`. */
const ROUTES = ['/graphql', '/health', '/metrics', '/api/export', '/api/import'] as const;

/** The route label of a request path: a pattern from a fixed set, never the path itself (the set of series stays bounded). */
export function routeOf(method: string, path: string): string {
  for (const route of ROUTES) {
    if (path === route || (path.startsWith(route) && path[route.length] === '/')) return route;
  }
  return method === 'GET' || method === 'HEAD' ? 'static' : 'other';
}

/** The kind of an SQL statement, by its first word. */
export function statementKind(sql: string | { text: string }): string {
  const word = /^\s*([A-Za-z]+)/.exec(typeof sql === 'string' ? sql : sql.text)?.[1]?.toUpperCase();
  return word === 'SELECT' || word === 'INSERT' || word === 'UPDATE' || word === 'DELETE' ? word : 'other';
}

/** A label value from input the server does not control, kept to the first `limit` different ones. */
class BoundedLabels {
  private readonly seen = new Set<string>();
  constructor(private readonly limit: number) {}

  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}

/**
 * The process's metrics in one prom-client registry of its own (not the library's global one, so
 * that two applications in one process, as in the tests, keep apart): HTTP requests, GraphQL
 * operations, the database's connection pool and statements, and Node's own (event-loop lag,
 * memory, CPU, garbage collection).
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly httpRequests = new Counter({
    name: 'leitstand_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'leitstand_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to its last byte sent, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  private readonly operations = new Counter({
    name: 'leitstand_graphql_operations_total',
    help: `GraphQL operations by name (the first ${OPERATION_NAME_LIMIT} different names; then "other"; "anonymous" without one) and outcome ("ok" or the code of the first error)`,
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly statementDuration = new Histogram({
    name: 'leitstand_db_statement_duration_seconds',
    help: 'Time of each SQL statement, from sending it to its result, by kind (SELECT, INSERT, UPDATE, DELETE, other) and outcome',
    labelNames: ['kind', 'outcome'] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [this.registry],
  });

  private readonly operationNames = new BoundedLabels(OPERATION_NAME_LIMIT);
  private readonly outcomes = new BoundedLabels(OUTCOME_LIMIT);

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answered HTTP request and its duration. */
  observeRequest(method: string, path: string, status: number, seconds: number): void {
    const labels = { method, route: routeOf(method, path), status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  /** Counts one GraphQL operation; `name` is the operation's name in its document, `errorCode` that of its first error. */
  observeOperation(name: string | null | undefined, errorCode: string | null | undefined): void {
    const operation = name ? this.operationNames.label(name) : 'anonymous';
    const outcome = errorCode === null || errorCode === undefined ? 'ok' : this.outcomes.label(errorCode);
    this.operations.inc({ operation, outcome });
  }

  /**
   * Gauges of the connection pool, read when scraped. Both databases are reached through pg's pool:
   * a server's of up to ten connections, the embedded database's of exactly one.
   */
  watchPool(pool: () => Pool | undefined, kind: 'embedded' | 'server'): void {
    const gauge = (name: string, help: string, read: (pool: Pool) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['database'] as const,
        registers: [this.registry],
        collect() {
          const current = pool();
          this.set({ database: kind }, current ? read(current) : 0);
        },
      });
    gauge('leitstand_db_pool_connections', 'Connections of the database pool, open', (p) => p.totalCount);
    gauge('leitstand_db_pool_idle_connections', 'Connections of the database pool, open and idle', (p) => p.idleCount);
    gauge(
      'leitstand_db_pool_waiting_requests',
      'Queries waiting for a free connection of the pool',
      (p) => p.waitingCount,
    );
    gauge('leitstand_db_pool_max_connections', 'The most connections the database pool opens', (p) => p.options.max);
  }

  /**
   * A TypeORM subscriber that times every statement. TypeORM announces a statement just before it
   * is sent and again when its result is in; statements on one query runner come back in the order
   * they were sent (one connection answers in order), so the starts wait in a queue per runner.
   */
  statementSubscriber(): EntitySubscriberInterface {
    const started = new WeakMap<object, number[]>();
    return {
      beforeQuery: (event: BeforeQueryEvent) => {
        const queue = started.get(event.queryRunner);
        if (queue) queue.push(performance.now());
        else started.set(event.queryRunner, [performance.now()]);
      },
      afterQuery: (event: AfterQueryEvent) => {
        const start = started.get(event.queryRunner)?.shift();
        if (start === undefined) return;
        this.statementDuration.observe(
          { kind: statementKind(event.query as string | { text: string }), outcome: event.success ? 'ok' : 'error' },
          (performance.now() - start) / 1000,
        );
      },
    };
  }

  /** The metrics in Prometheus's text format. */
  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
