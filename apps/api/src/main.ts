import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { DatabaseStartError } from './database/database';
import { createLogger } from './logging/logger';

/** Problems of the setting, not of the code: one line for the operator, no stack trace. */
function isOperatorError(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof DatabaseStartError;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const app = await createApp(config, logger);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.info({ port: config.port, host: config.host }, `Leitstand is ready at http://${shown}:${config.port}`);
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
