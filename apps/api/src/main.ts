import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { DatabaseStartError } from './database/database';
import { createLogger } from './logging/logger';
import { GracefulShutdown } from './web/graceful-shutdown';

/** How long running requests may take to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 20_000;

/** Problems of the setting, not of the code: one line for the operator, no stack trace. */
function isOperatorError(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof DatabaseStartError;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const shutdown = new GracefulShutdown();
  const app = await createApp(config, logger, undefined, shutdown);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.info({ port: config.port, host: config.host }, `Leitstand is ready at http://${shown}:${config.port}`);

  // SIGTERM (a service manager, a container) and SIGINT (Ctrl+C): finish what runs, close the database, exit 0.
  const stop = (signal: NodeJS.Signals) => {
    if (shutdown.isClosing) return;
    logger.info({ signal }, 'Stopping: finishing running requests');
    void shutdown
      .close(app.getHttpServer(), SHUTDOWN_GRACE_MS)
      .then(() => app.close())
      .then(
        () => {
          logger.info('Stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'Stopping failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (isOperatorError(error)) {
    process.stderr.write(`leitstand: ${error.message}\n`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    process.stderr.write(`leitstand: the port is already in use (${error.message}); set PORT to another one\n`);
  } else {
    process.stderr.write(
      `leitstand: could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
