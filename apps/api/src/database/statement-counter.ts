import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** The response header that carries the number of SQL statements that a request sent. */
export const STATEMENT_COUNT_HEADER = 'X-Sql-Statements';

/**
 * Counts the SQL statements of each HTTP request, for the benchmark (LEITSTAND_COUNT_STATEMENTS).
 * TypeORM hands every statement to its logger within the async context of the request that sent
 * it; the count rides in that context and goes out as a response header. Off by default: then
 * neither the logger nor the middleware exists.
 */
export class StatementCounter {
  private readonly storage = new AsyncLocalStorage<{ count: number }>();

  /** A TypeORM logger that counts and logs nothing; it can wrap another logger, which still sees every call. */
  logger(inner?: TypeOrmLogger): TypeOrmLogger {
    const count = () => {
      const store = this.storage.getStore();
      if (store) store.count += 1;
    };
    return {
      logQuery: (query, parameters, queryRunner) => {
        count();
        inner?.logQuery(query, parameters, queryRunner);
      },
      logQueryError: (error, query, parameters, queryRunner) =>
        inner?.logQueryError(error, query, parameters, queryRunner),
      logQuerySlow: (time, query, parameters, queryRunner) => inner?.logQuerySlow(time, query, parameters, queryRunner),
      logSchemaBuild: (message, queryRunner) => inner?.logSchemaBuild(message, queryRunner),
      logMigration: (message, queryRunner) => inner?.logMigration(message, queryRunner),
      log: (level, message, queryRunner) => inner?.log(level, message, queryRunner),
    };
  }

  /** Express middleware: runs the request in its own count and writes the count into the response head. */
  middleware() {
    return (_request: Request, response: Response, next: NextFunction): void => {
      const store = { count: 0 };
      const writeHead = response.writeHead;
      // The head is written once, after the resolvers have run: the count is final by then.
      response.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
        if (!this.headersSent) this.setHeader(STATEMENT_COUNT_HEADER, String(store.count));
        return writeHead.apply(this, args);
      } as Response['writeHead'];
      this.storage.run(store, next);
    };
  }
}
