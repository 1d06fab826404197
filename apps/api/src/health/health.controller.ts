import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/access.decorators';
import { DatabaseAvailability } from '../database/availability';
import { Database } from '../database/database';

const PING_TIMEOUT_MS = 2000;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { kind: 'embedded' | 'server'; status: 'up' | 'down'; latencyMs?: number };
}

/** For load balancers and monitoring: 200 while the database answers, 503 while it does not. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: Database,
    private readonly availability: DatabaseAvailability,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    response.setHeader('Cache-Control', 'no-store');
    const started = performance.now();
    try {
      await this.database.ping(PING_TIMEOUT_MS);
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { status: 'ok', database: { kind: this.database.kind, status: 'up', latencyMs } };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      // The reason goes to the log (once per outage), not to whoever asks: it can name hosts and settings.
      this.availability.report(error);
      return { status: 'unavailable', database: { kind: this.database.kind, status: 'down' } };
    }
  }
}
