import { WebhookEvent } from '@leitstand/shared-domain';
import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';

/**
 * A URL that receives the portfolio's events as signed HTTP POSTs (Standard Webhooks). Its signing
 * secret is kept (it must be, to sign) but never answered: encrypted at rest where
 * LEITSTAND_SECRETS_KEY is set.
 */
@ObjectType({
  implements: () => [NodeInterface],
  description: "A URL that receives the portfolio's events as signed HTTP POSTs (Standard Webhooks).",
})
@Entity({ name: 'webhook' })
export class Webhook {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => [WebhookEvent])
  @Column({ type: 'text', array: true })
  events!: WebhookEvent[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The signing secret (whsec_…), sealed (see webhook-secret.ts); never leaves the API. */
  @HideField()
  @Column({ name: 'secret', type: 'text' })
  secret!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One event for one webhook: the outbox row that the unit of work writes with the change that
 * causes it, and afterwards the log of its delivery. `seq` is the order of writing; a webhook
 * receives a project's events in that order.
 */
@ObjectType()
@Entity({ name: 'webhook_delivery' })
@Index('ix_webhook_delivery_webhook', ['webhookId', 'createdAt'])
// The deliveries still to make, by when they are due: a partial index that only its migration can describe.
@Index('ix_webhook_delivery_pending', { synchronize: false })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the `webhook-id` header of every attempt.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_delivery' })
  id!: string;

  @HideField()
  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  /**
   * No foreign key: its check would lock the webhook's row in every write that sends an event, and
   * concurrent writes would queue on that one row. Removing a webhook removes its deliveries.
   */
  @HideField()
  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId!: string;

  @Field(() => WebhookEvent)
  @Column({ type: 'text' })
  event!: WebhookEvent;

  @HideField()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  /** The body's `data`. */
  @HideField()
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Field({ description: 'When the change that caused it was committed.' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's last HTTP status; null where it could not be reached.",
  })
  @Column({ name: 'last_status', type: 'integer', nullable: true })
  lastStatus!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed (e.g. a timeout, a refused address, HTTP 500); null after success.',
  })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** When the next attempt is due; while one runs, until when it is claimed. */
  @HideField()
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  nextAttemptAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Field({ description: 'True once retries have given up.' })
  @Column({ type: 'boolean', default: false })
  failed!: boolean;
}
