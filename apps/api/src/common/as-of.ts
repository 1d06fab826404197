import { GraphQLISODateTime } from '@nestjs/graphql';
import { BadUserInputError } from './errors';

/**
 * The instant a read answers as of: a past instant, or null for now. A record read as of a past
 * instant carries it (under AS_OF), so that what is asked about it (its milestones, its project, …)
 * is answered as of the same instant, through that instant's loaders.
 */
export type AsOf = Date | null;

export const AS_OF = Symbol('asOf');

/** The records, each marked with the instant they were read as of (nothing is marked for now). */
export function stampAsOf<T>(rows: T[], asOf: AsOf): T[] {
  if (asOf) for (const row of rows) if (row) (row as Record<symbol, unknown>)[AS_OF] = asOf;
  return rows;
}

/** The instant that this record was read as of; null for a current one. */
export function asOfOf(row: object): AsOf {
  return ((row as Record<symbol, unknown>)[AS_OF] as Date | undefined) ?? null;
}

/**
 * An `asOf` argument as a read takes it: null where it is left out; refused with BAD_USER_INPUT at
 * `path` where it lies in the future, whose state nobody has recorded yet.
 */
export function pastInstant(value: Date | null | undefined, path = 'asOf', now = new Date()): AsOf {
  if (value === null || value === undefined) return null;
  if (value.getTime() > now.getTime())
    throw BadUserInputError.field(path, 'IN_FUTURE', `must not be in the future (it is ${now.toISOString()} now)`);
  return value;
}

/** The `asOf` argument of the reads that answer as the portfolio stood at a past instant. */
export const AS_OF_ARG = {
  type: () => GraphQLISODateTime,
  nullable: true,
  description: 'As the portfolio stood at this past instant (a future one is refused); now where left out.',
};
