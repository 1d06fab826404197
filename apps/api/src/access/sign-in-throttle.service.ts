import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { AccessRepository } from './access.repository';
import type { SignInAttemptScope } from './sign-in-attempt.entity';

/** Failed sign-ins for one email within the window before it is refused. */
export const EMAIL_FAILURES = 5;
/** Failed sign-ins from one client address within the window before it is refused, whichever emails they name. */
export const ADDRESS_FAILURES = 30;
/** The window in which failures count, and how long sign-in is refused once there are too many. */
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

/** How often this instance clears counters that no longer matter: once per so many attempts. */
const SWEEP_EVERY = 200;

export type Admission = { admitted: true } | { admitted: false; scope: SignInAttemptScope; retryAfterSeconds: number };

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
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async admit(email: string, address: string): Promise<Admission> {
    if (++this.attempts % SWEEP_EVERY === 0) await this.sweep();
    try {
      return await this.uow.transaction(async () => {
        const rows = await this.access.countAttempt({
          email,
          address,
          emailLimit: EMAIL_FAILURES,
          addressLimit: ADDRESS_FAILURES,
          windowSeconds: THROTTLE_WINDOW_SECONDS,
          id: randomUUID(),
        });
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
    await this.access.attemptSucceeded(email, address, ADDRESS_FAILURES);
  }

  /** Forgets counters whose window and refusal are both over: they would start afresh anyway. */
  private async sweep(): Promise<void> {
    await this.access.sweepAttempts(THROTTLE_WINDOW_SECONDS);
  }
}
