import { Writable } from 'node:stream';
import { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../src/bootstrap';
import { AppConfig, DatabaseTarget, loadConfig } from '../src/config/app-config';
import { Database } from '../src/database/database';
import { GraphQLBody, GraphQLRequest, sendGraphQL } from './graphql-client';
import { freshDatabase } from './test-database';

import { DEMO_PASSWORD } from './demo-password';

export { DEMO_PASSWORD };

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  database: Database;
  config: AppConfig;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Sends a GraphQL operation and returns the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    request?: GraphQLRequest,
  ): Promise<GraphQLBody<T>>;
  /** How many SQL statements the database received while `run` ran (requests are sequential in tests). */
  countStatements(run: () => Promise<unknown>): Promise<number>;
  /** Signs in with a local account and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real application (as main.ts does, without a listening port) on a fresh, migrated database. */
export async function startTestApp(
  options: { database?: DatabaseTarget; config?: Partial<AppConfig> } = {},
): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LEITSTAND_DEMO: 'true', LEITSTAND_DEMO_PASSWORD: DEMO_PASSWORD }),
    database: options.database ?? (await freshDatabase()),
    ...options.config,
  };
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: config.logLevel }, sink);
  const statements = { count: 0 };
  const statementLogger: TypeOrmLogger = {
    logQuery: () => void statements.count++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const app = await createApp(config, logger, statementLogger);
  await app.init();
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    database: app.get(Database),
    config,
    logs,
    graphql: (query, variables, request) => sendGraphQL(http, query, variables, request),
    async login(email, password = DEMO_PASSWORD) {
      const body = await sendGraphQL<{ login: { token: string } }>(
        http,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!body.data) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
      return body.data.login.token;
    },
    async countStatements(run) {
      const before = statements.count;
      await run();
      return statements.count - before;
    },
    close: () => app.close(),
  };
}
