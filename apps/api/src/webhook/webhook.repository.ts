import { WebhookEvent } from '@leitstand/shared-domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { pageLimit, Sql, sql } from '../database/sql';
import { Change, ChangeWriter, UnitOfWork } from '../database/unit-of-work';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { dueDateMove, eventOfAction, mayMoveDueDate } from './webhook-events';
import { Webhook, WebhookDelivery } from './webhook.entity';

/** A delivery that this process has claimed, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  event: WebhookEvent;
  data: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  url: string;
  /** Sealed (see SecretBox). */
  secret: string;
}

const DELIVERY_COLUMNS = sql.raw(`id, event, created_at AS "createdAt", attempts, last_status AS "lastStatus",
  last_error AS "lastError", delivered_at AS "deliveredAt", failed`);

/**
 * Webhooks and their deliveries. It is one of the writers that the unit of work hands every change
 * to: a change that is a webhook event writes one delivery per active webhook that subscribed to
 * it, in the change's own transaction (or statement), so that a change that rolls back leaves none
 * and a committed one never loses its event. The delivery row is the outbox and then the log.
 */
@Injectable()
export class WebhookRepository implements ChangeWriter, OnModuleInit {
  constructor(private readonly uow: UnitOfWork) {}

  onModuleInit(): void {
    this.uow.addChangeWriter(this);
  }

  async write(change: Change): Promise<void> {
    const entityId = sql`${change.entityId}::uuid`;
    if (mayMoveDueDate(change)) {
      const [milestone] = await this.uow.query<{ plannedDate: string; forecastDate: string | null; title: string }>(
        sql`SELECT planned_date::text AS "plannedDate", forecast_date::text AS "forecastDate", title
              FROM milestone WHERE id = ${change.entityId}`,
      );
      if (!milestone) return;
      const move = dueDateMove(change, milestone);
      if (move.days > 0)
        await this.uow.query(
          this.outbox(WebhookEvent.MILESTONE_SLIPPED, change, entityId, null, {
            milestone: { id: change.entityId, title: milestone.title, ...move },
          }),
        );
      return;
    }
    const event = eventOfAction(change.action);
    if (event) await this.uow.query(this.outbox(event, change, entityId, null, {}));
  }

  statementFrom(source: string, change: Omit<Change, 'entityId'>): Sql {
    const event = eventOfAction(change.action);
    if (!event || mayMoveDueDate(change)) return sql`SELECT NULL WHERE FALSE`;
    return this.outbox(event, change, sql.raw(`${source}.id`), source, {});
  }

  /**
   * One delivery per active webhook that subscribed to the event, naming the project (id, code,
   * title), what changed and the record it changed. The project is read from its table by schema
   * (a write's own statement may call its WITH query `project`), as it stands in this statement.
   * Nothing is locked: a delivery written while its webhook is removed is never claimed (claims
   * join the webhook).
   */
  private outbox(
    event: WebhookEvent,
    change: Omit<Change, 'entityId'>,
    entityId: Sql,
    source: string | null,
    extra: Record<string, unknown>,
  ): Sql {
    return sql`INSERT INTO webhook_delivery (webhook_id, event, project_id, data)
               SELECT w.id, ${event}, p.id,
                      jsonb_build_object(
                        'project', jsonb_build_object('id', p.id, 'code', p.code, 'title', p.title),
                        'action', ${change.action}::text,
                        'entity', jsonb_build_object('type', ${change.entityType}::text, 'id', ${entityId}),
                        'changes', ${JSON.stringify(change.changes)}::jsonb) || ${JSON.stringify(extra)}::jsonb
                 FROM ${source ? sql.raw(`${source}, `) : sql.raw('')}webhook w
                 JOIN public.project p ON p.id = ${change.projectId}::uuid
                WHERE w.active AND ${event}::text = ANY(w.events)`;
  }

  async insert(values: Pick<Webhook, 'url' | 'description' | 'events' | 'secret'>): Promise<Webhook> {
    const [webhook] = await this.uow.query<Webhook>(
      sql`INSERT INTO webhook (url, description, events, secret)
          VALUES (${values.url}, ${values.description}, ${values.events}::text[], ${values.secret})
          RETURNING id, url, description, events, active, secret, created_at AS "createdAt"`,
    );
    return webhook;
  }

  list(): Promise<Webhook[]> {
    return this.uow.query<Webhook>(
      sql`SELECT id, url, description, events, active, secret, created_at AS "createdAt"
            FROM webhook ORDER BY created_at, id`,
    );
  }

  async byId(id: string): Promise<Webhook | null> {
    const [webhook] = await this.uow.query<Webhook>(
      sql`SELECT id, url, description, events, active, secret, created_at AS "createdAt" FROM webhook WHERE id = ${id}`,
    );
    return webhook ?? null;
  }

  /** Removes the webhook with its deliveries; false where there was none. */
  async remove(id: string): Promise<boolean> {
    const rows = await this.uow.query(sql`DELETE FROM webhook WHERE id = ${id} RETURNING id`);
    await this.uow.query(sql`DELETE FROM webhook_delivery WHERE webhook_id = ${id}`);
    return rows.length === 1;
  }

  /** A page of a webhook's deliveries, newest first, and the number of all. */
  async deliveriesOf(webhookId: string, page: Page): Promise<Connection<WebhookDelivery>> {
    const rows = await this.uow.query<WebhookDelivery & { _total?: number }>(
      sql`SELECT ${DELIVERY_COLUMNS}, count(*) OVER ()::int AS "_total"
            FROM webhook_delivery WHERE webhook_id = ${webhookId}
           ORDER BY seq DESC OFFSET ${page.offset} ${pageLimit(page.limit)}`,
    );
    return toConnection(
      rows,
      page,
      await pageTotal(rows, page, async () => {
        const [{ n }] = await this.uow.query<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM webhook_delivery WHERE webhook_id = ${webhookId}`,
        );
        return n;
      }),
    );
  }

  async deliveryById(id: string): Promise<(WebhookDelivery & { webhookId: string }) | null> {
    const [delivery] = await this.uow.query<WebhookDelivery & { webhookId: string }>(
      sql`SELECT ${DELIVERY_COLUMNS}, webhook_id AS "webhookId" FROM webhook_delivery WHERE id = ${id}`,
    );
    return delivery ?? null;
  }

  /**
   * Claims up to `limit` deliveries that are due, for `leaseMs`: each is the oldest undelivered one
   * of its webhook and project (so a project's events go out in the order they were written), and
   * rows that another instance is claiming are skipped (FOR UPDATE SKIP LOCKED). A claim counts as
   * an attempt; where the process dies before it reports the outcome, the lease runs out and the
   * delivery is due again.
   */
  claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.uow.query<ClaimedDelivery>(
      sql`UPDATE webhook_delivery d
             SET attempts = d.attempts + 1,
                 next_attempt_at = clock_timestamp() + ${leaseMs} * interval '1 millisecond'
            FROM webhook w
           WHERE w.id = d.webhook_id
             AND d.id IN (SELECT c.id FROM webhook_delivery c
                           WHERE c.delivered_at IS NULL AND NOT c.failed AND c.next_attempt_at <= clock_timestamp()
                             AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                              WHERE e.webhook_id = c.webhook_id AND e.project_id = c.project_id
                                                AND e.seq < c.seq AND e.delivered_at IS NULL AND NOT e.failed)
                           ORDER BY c.seq LIMIT ${limit}
                             FOR UPDATE OF c SKIP LOCKED)
       RETURNING d.id, d.event, d.data, d.created_at AS "createdAt", d.attempts, w.url, w.secret`,
    );
  }

  /** Records deliveries that the receivers took, with their HTTP status each, in one statement. */
  async delivered(outcomes: { id: string; status: number }[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.uow.query(
      sql`UPDATE webhook_delivery d SET delivered_at = clock_timestamp(), last_status = o.status, last_error = NULL
            FROM unnest(${outcomes.map((outcome) => outcome.id)}::uuid[], ${outcomes.map((outcome) => outcome.status)}::int[])
                 AS o(id, status)
           WHERE d.id = o.id`,
    );
  }

  /** Records a failed attempt: due again at `retryAt`, or failed for good where that is null. */
  async attemptFailed(id: string, status: number | null, error: string, retryAt: Date | null): Promise<void> {
    await this.uow.query(
      sql`UPDATE webhook_delivery
             SET last_status = ${status}, last_error = ${error}, failed = ${retryAt === null},
                 next_attempt_at = COALESCE(${retryAt}::timestamptz, next_attempt_at)
           WHERE id = ${id}`,
    );
  }

  /** Makes a delivery due now (again, where it had failed); false where it was delivered already. */
  async retryNow(id: string): Promise<boolean> {
    const rows = await this.uow.query(
      sql`UPDATE webhook_delivery SET failed = FALSE, next_attempt_at = clock_timestamp()
           WHERE id = ${id} AND delivered_at IS NULL RETURNING id`,
    );
    return rows.length === 1;
  }

  /**
   * Ends the claims of a process that is gone: only where no other process can hold one (the
   * embedded database has one process), so its deliveries go out at once after a restart.
   */
  async releaseClaims(): Promise<void> {
    await this.uow.query(
      sql`UPDATE webhook_delivery SET next_attempt_at = clock_timestamp()
           WHERE delivered_at IS NULL AND NOT failed AND next_attempt_at > clock_timestamp()`,
    );
  }

  /** Whether there is anyone to deliver to: the dispatcher polls often only then. */
  async hasWork(): Promise<boolean> {
    const [{ busy }] = await this.uow.query<{ busy: boolean }>(
      sql`SELECT EXISTS (SELECT 1 FROM webhook WHERE active) AS busy`,
    );
    return busy;
  }
}
