import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One reminder mail, recorded when it is decided and kept after it is sent: the lead of a stale
 * project (`STALE_PROJECT`, with the project) or a portfolio manager's weekly digest (`DIGEST`).
 * The record is what keeps a project to one reminder per period; the row waits here until the
 * SMTP server takes the mail.
 */
@Entity({ name: 'reminder' })
@Index('ix_reminder_project', ['projectId', 'createdAt'])
@Index('ix_reminder_recipient', ['recipientId', 'kind', 'createdAt'])
// The mails still to send: a partial index that only its migration can describe.
@Index('ix_reminder_unsent', { synchronize: false })
export class Reminder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reminder' })
  id!: string;

  @Column({ type: 'text' })
  kind!: 'STALE_PROJECT' | 'DIGEST';

  /** The stale project; null for a digest. No foreign key: the record outlives what it speaks of. */
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  /** Who it goes to; no foreign key, as above. */
  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ name: 'recipient_email', type: 'text' })
  recipientEmail!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
