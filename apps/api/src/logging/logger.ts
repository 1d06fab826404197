import { LoggerService } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/** One pino logger for the process: JSON lines in production, readable lines in development. */
export function createLogger(config: Pick<AppConfig, 'mode' | 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { app: 'leitstand' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    transport:
      config.mode === 'development'
        ? {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' },
          }
        : undefined,
  });
}

/** Lets NestJS write its own log lines through pino, with the Nest context as a field. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}

/** One line per HTTP request: method, path, status, time, client address; never headers or bodies. */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/metrics' },
    customLogLevel: (_request, response, error) =>
      error || (response.statusCode >= 500 && response.statusCode !== 503)
        ? 'error'
        : response.statusCode >= 400
          ? 'warn'
          : 'info',
    // A 503 is the database being unavailable, which the outage watch logs once: its request line
    // gets no made-up error with a stack trace (pino-http invents one for every status of 500 and more).
    customErrorObject: (_request, response, error, value: Record<string, unknown>) =>
      response.statusCode === 503 && error.message === 'failed with status code 503'
        ? { res: value.res, responseTime: value.responseTime }
        : value,
    serializers: {
      req: (request: { method: string; url: string; remoteAddress?: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
