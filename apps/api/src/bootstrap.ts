import { NestFactory } from '@nestjs/core';
import { useContainer } from 'class-validator';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from './app.module';
import { RefersToConstraint } from './database/refers-to.validator';
import { AppConfig, describeDatabase } from './config/app-config';
import { Database } from './database/database';
import { StatementCounter } from './database/statement-counter';
import { graphqlBodyLimits } from './graphql/query-limits';
import { importBodyLimits } from './import/import.body';
import { PinoNestLogger, requestLog } from './logging/logger';
import { Metrics } from './metrics/metrics';
import { metricsEndpoint, requestMetrics } from './metrics/metrics.middleware';
import { GracefulShutdown } from './web/graceful-shutdown';
import { ExpressServerAdapter } from './web/http-server';
import { securityHeaders } from './web/security-headers';
import { serveWebClient } from './web/web-client';

/**
 * Opens the database (migrating it), then builds the Nest application on it.
 * Used by main.ts and by the tests alike, so that both run the same application. Stopping on a
 * signal is main.ts's (with `shutdown`): Nest's own shutdown hooks would cut running requests off.
 */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  statementLogger?: TypeOrmLogger,
  shutdown?: GracefulShutdown,
): Promise<NestExpressApplication> {
  const started = performance.now();
  const counter = config.countStatements ? new StatementCounter() : undefined;
  const database = await Database.open(config.database, counter ? counter.logger(statementLogger) : statementLogger);
  logger.info(
    { database: database.kind, ms: Math.round(performance.now() - started) },
    `Database ready: ${describeDatabase(config.database)}`,
  );
  const metrics = new Metrics();
  metrics.watchPool(() => database.pool(), database.kind);
  // The statements after the migrations are timed.
  database.subscribe(metrics.statementSubscriber());
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, logger, database, metrics }),
      new ExpressServerAdapter(),
      {
        logger: new PinoNestLogger(logger),
        abortOnError: false,
      },
    );
    app.disable('x-powered-by');
    // No ETag computed over every answer: GraphQL answers are POSTs that depend on who asks, and a
    // hash of each body (150 kB for a list page) buys nothing. Static files keep their own ETags.
    app.set('etag', false);
    // Validators that need the database (RefersTo) come from the application; class-validator makes the others.
    useContainer(
      { get: (type: unknown) => (type === RefersToConstraint ? app.get(RefersToConstraint) : undefined) },
      { fallback: true },
    );
    app.set('trust proxy', config.trustProxy);
    app.use(requestMetrics(metrics));
    if (shutdown) app.use(shutdown.middleware());
    if (counter) app.use(counter.middleware());
    app.use(requestLog(logger));
    app.use('/metrics', metricsEndpoint(metrics, config.metrics.token));
    app.use(securityHeaders(config));
    app.use('/graphql', ...graphqlBodyLimits());
    app.use('/api/import', ...importBodyLimits());
    if (config.mode !== 'development') serveWebClient(app, config.webDir, logger);
    return app;
  } catch (error) {
    await database.close();
    throw error;
  }
}
