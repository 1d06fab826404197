import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ServiceUnavailableError } from '../common/errors';
import { LOGGER } from '../logging/logging.module';
import { Database } from './database';

/** How often the database is asked whether it is back, during an outage. */
const PROBE_INTERVAL_MS = 1000;

/**
 * Keeps track of outages of the database, so that the log says once that one began (warn) and once
 * that it ended (info), rather than a stack trace for every request that failed meanwhile. Whoever
 * sees the database unavailable reports it; while it is, one probe at a time asks it whether it
 * is back, a second after the last one failed.
 */
@Injectable()
export class DatabaseAvailability implements OnApplicationShutdown {
  private outage: { since: number; failures: number; probe?: NodeJS.Timeout } | undefined;

  constructor(
    private readonly database: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get isDown(): boolean {
    return this.outage !== undefined;
  }

  /** Reports the outage and gives the error to answer with: 503, try again later. */
  unavailable(error: unknown): ServiceUnavailableError {
    this.report(error);
    return new ServiceUnavailableError();
  }

  /** Notes that the database did not answer; the first report of an outage logs it. */
  report(error: unknown): void {
    if (this.outage) {
      this.outage.failures++;
      return;
    }
    this.outage = { since: Date.now(), failures: 1 };
    this.probeLater(this.outage);
    this.logger.warn(
      { database: this.database.kind, reason: reasonOf(error) },
      'The database is unavailable: requests that need it get 503 until it is back',
    );
  }

  /** One probe at a time: one that waits for a frozen database (up to its query timeout) is not joined by more. */
  private probeLater(outage: NonNullable<typeof this.outage>): void {
    outage.probe = setTimeout(() => void this.probe(outage), PROBE_INTERVAL_MS);
    outage.probe.unref();
  }

  private async probe(outage: NonNullable<typeof this.outage>): Promise<void> {
    try {
      await this.database.dataSource.query('SELECT 1');
    } catch {
      if (this.outage === outage) this.probeLater(outage);
      return;
    }
    if (this.outage !== outage) return;
    this.outage = undefined;
    this.logger.info(
      { database: this.database.kind, downMs: Date.now() - outage.since, failedRequests: outage.failures },
      'The database is back',
    );
  }

  onApplicationShutdown(): void {
    clearTimeout(this.outage?.probe);
    this.outage = undefined;
  }
}

/** The cause in one short line, without a stack (codes and the driver's message name no secrets). */
function reasonOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string' && part).join(': ') || 'unknown';
}
