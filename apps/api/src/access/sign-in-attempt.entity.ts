import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a row of sign-in attempts counts: the attempts for one email, or those from one client address. */
export type SignInAttemptScope = 'email' | 'address';

/**
 * The sign-in throttle's counter for one email or one client address: attempts that were let
 * through to the password check since the window began. An attempt is counted before its password
 * is checked (so that concurrent attempts cannot all pass the check), a success takes its attempt
 * back. Every instance on one database shares these rows.
 */
@Entity({ name: 'sign_in_attempt' })
export class SignInAttempt {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sign_in_attempt' })
  scope!: SignInAttemptScope;

  /** The normalised email, or the client address. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sign_in_attempt' })
  key!: string;

  /** Attempts counted in the current window (failed, or still being checked). */
  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  /** Until when attempts are refused without checking a password; null while they are let through. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** The attempt last let through: the counting statement tells by it whether it let its own attempt through. */
  @Column({ name: 'admitted_attempt', type: 'uuid' })
  admittedAttempt!: string;
}
