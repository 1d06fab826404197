import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignInAttemptScope } from './sign-in-attempt.entity';
import { UnitOfWork } from '../database/unit-of-work';

/** Failed sign-ins for one email within the window before it is refused. */
export const EMAIL_FAILURES = 5;
/** Failed sign-ins from one client address within the window before it is refused, whichever emails they name. */
export const ADDRESS_FAILURES = 30;
/** The window in which failures count, and how long sign-in is refused once there are too many. */
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

/** How often this instance clears counters that no longer matter: once per so many attempts. */
const SWEEP_EVERY = 200;

export type Admission = { admitted: true } | { admitted: false; scope: SignInAttemptScope; retryAfterSeconds: number };

interface Counted {
  scope: SignInAttemptScope;
  admitted: boolean;
  retry_after_seconds: number | null;
}

/** Thrown inside the counting transaction to undo it when one of the two counters refuses. */
class Refused {
  constructor(readonly admission: Admission) {}
}

/**
 * The sign-in throttle, kept in the database so that every instance on it shares one count.
 *
 * An attempt is counted before its password is checked, for its email and its client address in
 * one statement (an upsert that takes both rows' locks): the statement lets it through only while
 * both counts are below their limits, and the attempt that reaches a limit refuses further ones
 * for the window. Concurrent attempts therefore queue on the rows, and at most the limit of them
 * ever reach the password check, on one instance or on many. When one of the two counters refuses,
 * the transaction is rolled back, so a refused attempt counts nowhere. A success resets the email's
 * count and gives its attempt back to the address.
 */
@Injectable()
export class SignInThrottleService {
  private attempts = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async admit(email: string, address: string): Promise<Admission> {
    if (++this.attempts % SWEEP_EVERY === 0) await this.sweep();
    try {
      return await this.uow.transaction(async (tx) => {
        const rows: Counted[] = await tx.query(
          `WITH attempt (scope, key) AS (VALUES ('email', $1::text), ('address', $2::text))
           INSERT INTO sign_in_attempt AS a (scope, key, failures, window_started_at, locked_until, admitted_attempt)
           SELECT scope, key, 1, now(), NULL, $6::uuid FROM attempt ORDER BY scope DESC
           ON CONFLICT (scope, key) DO UPDATE SET
             failures = CASE WHEN a.locked_until > now() THEN a.failures
                             WHEN a.window_started_at <= now() - make_interval(secs => $5) THEN 1
                             ELSE a.failures + 1 END,
             window_started_at = CASE WHEN a.locked_until > now() THEN a.window_started_at
                                      WHEN a.window_started_at <= now() - make_interval(secs => $5) THEN now()
                                      ELSE a.window_started_at END,
             locked_until = CASE WHEN a.locked_until > now() THEN a.locked_until
                                 WHEN a.window_started_at > now() - make_interval(secs => $5)
                                      AND a.failures + 1 >= CASE a.scope WHEN 'email' THEN $3::int ELSE $4::int END
                                   THEN now() + make_interval(secs => $5)
                                 ELSE NULL END,
             admitted_attempt = CASE WHEN a.locked_until > now() THEN a.admitted_attempt ELSE $6::uuid END
           RETURNING a.scope, a.admitted_attempt = $6::uuid AS admitted,
             -- Measured from the moment of answering: a transaction that waited for the row lock began earlier.
             CASE WHEN a.locked_until > now() THEN greatest(ceil(extract(epoch FROM a.locked_until - clock_timestamp())), 1)::int END AS retry_after_seconds`,
          [email, address, EMAIL_FAILURES, ADDRESS_FAILURES, THROTTLE_WINDOW_SECONDS, randomUUID()],
        );
        // The email's refusal first: it is the one its owner can act on.
        const refused = ['email', 'address']
          .map((scope) => rows.find((row) => row.scope === scope))
          .find((row) => row && !row.admitted);
        if (refused)
          throw new Refused({
            admitted: false,
            scope: refused.scope,
            retryAfterSeconds: refused.retry_after_seconds ?? THROTTLE_WINDOW_SECONDS,
          });
        return { admitted: true } as const;
      });
    } catch (error) {
      if (error instanceof Refused) return error.admission;
      throw error;
    }
  }

  /** A correct password: the email's failures no longer count, and the address gets its attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    // Two statements, each locking one row: a transaction that holds both rows never waits for this one.
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE scope = 'email' AND key = $1`, [email]);
    await this.dataSource.query(
      `UPDATE sign_in_attempt SET failures = greatest(failures - 1, 0),
         locked_until = CASE WHEN failures - 1 < $2::int THEN NULL ELSE locked_until END
        WHERE scope = 'address' AND key = $1`,
      [address, ADDRESS_FAILURES],
    );
  }

  /** Forgets counters whose window and refusal are both over: they would start afresh anyway. */
  private async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_attempt WHERE (scope, key) IN (
         SELECT scope, key FROM sign_in_attempt
          WHERE window_started_at <= now() - make_interval(secs => $1) AND (locked_until IS NULL OR locked_until <= now())
          FOR UPDATE SKIP LOCKED)`,
      [THROTTLE_WINDOW_SECONDS],
    );
  }
}
