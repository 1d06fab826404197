import type { Client } from 'pg';

/** Node's codes for a connection that cannot be made or was lost. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs for a server that is going away or not there yet: class 08 (connection
 * exception) is matched as a class; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, shutting down, in recovery), 53300 too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** The messages with which the pg driver and its pool report a lost or timed-out connection (they carry no code). */
const DRIVER_MESSAGES = new Set([
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout expired',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

/**
 * Whether an error means that the database cannot be reached right now (rather than that a
 * statement was wrong): recognised by its code or the driver's own message, also where it is
 * wrapped (TypeORM's `driverError`, a `cause`, GraphQL's `originalError`, an AggregateError).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, cause, originalError, errors } = error as Record<string, unknown>;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.has(message)) return true;
  const wrapped = [driverError, cause, originalError, ...(Array.isArray(errors) ? errors : [])];
  return wrapped.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/**
 * A pg client class that closes its connection when a query gets no answer in time: the driver
 * gives up waiting (query_timeout) but would keep the connection, with the unanswered statement
 * still on it, and every later query on it (the ROLLBACK of the same transaction, the next request
 * that gets it from the pool) would wait behind it. Closed, the pool drops it and opens a new one.
 */
export function abandonedOnTimeout(Base: typeof Client): typeof Client {
  class AbandonedOnTimeout extends Base {
    override query(...args: unknown[]): never {
      const result = (super.query as (...args: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise)
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === 'Query read timeout') void this.end().catch(() => undefined);
        });
      return result as never;
    }
  }
  return AbandonedOnTimeout;
}
