import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from '../database/database';
import { LOGGER } from '../logging/logging.module';
import { ClaimedDelivery, WebhookRepository } from './webhook.repository';
import { WebhookSecrets } from './webhook-secrets';
import { DELIVERY_TIMEOUT_MS, send } from './webhook-sender';
import { signature } from './webhook-signature';

/** How often the dispatcher looks for due deliveries while there are webhooks, and while there are none. */
const POLL_MS = 1_000;
const IDLE_POLL_MS = 60_000;
/** Deliveries claimed at once. */
const BATCH = 20;
/** While deliveries flow, the pause between rounds, so that a round claims (and records) several at once. */
const BUSY_PAUSE_MS = 50;
/** A claim lasts longer than an attempt can: then the delivery is due again (after a crash). */
const LEASE_MS = DELIVERY_TIMEOUT_MS + 5_000;
/** Retries go on for this long after the change, then the delivery is marked failed. */
export const RETRY_FOR_MS = 24 * 3600 * 1000;
const FIRST_RETRY_MS = 1_000;
const LONGEST_WAIT_MS = 3600 * 1000;

/** The wait before the next attempt: doubling from a second, at most an hour, the upper half at random (jitter). */
export function backoffMs(attempts: number, random = Math.random()): number {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_WAIT_MS);
  return Math.round(wait / 2 + (wait / 2) * random);
}

/**
 * Delivers the outbox in the API process: it claims due deliveries in a short statement, sends them
 * without holding a database connection (the embedded database has exactly one), and records each
 * outcome in another. Several instances on one server share the work through their claims.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;
  private stopped = false;
  private rerun = false;

  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly secrets: WebhookSecrets,
    private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only this process can hold claims on the embedded database: a previous one's are void.
    if (this.database.kind === 'embedded') await this.webhooks.releaseClaims();
    this.schedule((await this.webhooks.hasWork()) ? 0 : IDLE_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
  }

  /** Looks for due deliveries soon (a webhook was created, a delivery is to be retried now). */
  wake(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.round) {
      if (delayMs === 0) this.rerun = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delayMs);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    let next = POLL_MS;
    this.round = (async () => {
      try {
        const claimed = await this.webhooks.claim(BATCH, LEASE_MS);
        const outcomes = await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
        await this.webhooks.delivered(outcomes.filter((outcome) => outcome !== null));
        // What was delivered may have been the turn of a project's next event: look again soon.
        if (claimed.length === BATCH) next = 0;
        else if (claimed.length > 0) next = BUSY_PAUSE_MS;
        else if (!(await this.webhooks.hasWork())) next = IDLE_POLL_MS;
      } catch (error) {
        this.logger.warn({ err: error }, 'Webhook deliveries could not be read; trying again');
      }
    })();
    await this.round;
    this.round = undefined;
    if (this.rerun) next = 0;
    this.rerun = false;
    this.schedule(next);
  }

  /** Sends one delivery; its outcome where the receiver took it, else null (the failure is recorded). */
  private async deliver(delivery: ClaimedDelivery): Promise<{ id: string; status: number } | null> {
    const body = JSON.stringify({
      type: delivery.event,
      timestamp: delivery.createdAt.toISOString(),
      data: delivery.data,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let secret: string;
    try {
      secret = this.secrets.open(delivery.secret);
    } catch {
      await this.failed(delivery, null, 'the signing secret cannot be opened: LEITSTAND_SECRETS_KEY has changed');
      return null;
    }
    const outcome = await send(
      delivery.url,
      {
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signature(secret, delivery.id, timestamp, body),
      },
      body,
      this.config.webhooks.allowPrivate,
    );
    if (outcome.ok) return { id: delivery.id, status: outcome.status };
    await this.failed(delivery, outcome.status, outcome.error);
    return null;
  }

  private async failed(delivery: ClaimedDelivery, status: number | null, error: string): Promise<void> {
    const retryAt = new Date(Date.now() + backoffMs(delivery.attempts));
    const givingUp = retryAt.getTime() - delivery.createdAt.getTime() > RETRY_FOR_MS;
    await this.webhooks.attemptFailed(delivery.id, status, error, givingUp ? null : retryAt);
    this.logger.info(
      { delivery: delivery.id, event: delivery.event, attempt: delivery.attempts, status, error, failed: givingUp },
      givingUp ? 'Webhook delivery failed for good' : 'Webhook delivery failed; it will be retried',
    );
  }
}
