import type { InputProblemCode, InputProblemParams } from '@leitstand/shared-domain';
import { GraphQLError } from 'graphql';

/**
 * The errors that reach API callers. Each is a GraphQLError carrying one of the contract's codes in
 * `extensions.code`, wherever it is thrown (root or nested field). Anything else that escapes a
 * resolver is an internal error: its details go to the log, never to the caller.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUERY_TOO_COMPLEX: 400,
  SERVICE_UNAVAILABLE: 503,
};

export abstract class LeitstandError extends GraphQLError {
  protected constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }

  /** The HTTP status for plain routes (GraphQL answers 200 with the error in its body). */
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export class UnauthenticatedError extends LeitstandError {
  constructor(message = 'Sign in first.', extensions: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, extensions);
  }
}

export class ForbiddenError extends LeitstandError {
  constructor(message = 'You may not do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends LeitstandError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist.`);
  }
}

/** A write with a stale `expectedVersion`: someone else changed the record since the caller read it. */
export class StaleVersionError extends LeitstandError {
  constructor(entity: string, expectedVersion: number, currentVersion: number) {
    super(
      'CONFLICT',
      `${entity} was changed by someone else: you saw version ${expectedVersion}, it is now at version ${currentVersion}. Reload it and try again.`,
      { currentVersion },
    );
  }
}

/** A write that names what the caller saw of a record without a version (a key figure's value of a day), which has changed since. */
export class ChangedMeanwhileError extends LeitstandError {
  constructor(what: string, seen: string, extensions: Record<string, unknown>) {
    super('CONFLICT', `${what} was changed by someone else: ${seen}. Reload it and try again.`, extensions);
  }
}

export interface FieldProblem {
  /** The input path at fault, e.g. 'input.plannedEndDate'. */
  path: string;
  /** Why, for the client to word in its reader's language (see INPUT_PROBLEM_CODES). */
  code: InputProblemCode;
  /** The values that the wording of the code uses, e.g. `{ max: 200 }`. */
  params?: InputProblemParams;
  /** The same in English, for logs and scripts. */
  message: string;
}

export class BadUserInputError extends LeitstandError {
  constructor(
    readonly fields: FieldProblem[],
    extensions: Record<string, unknown> = {},
  ) {
    super(
      'BAD_USER_INPUT',
      fields.length === 1 ? `${fields[0].path}: ${fields[0].message}` : `${fields.length} inputs are not valid.`,
      { ...extensions, fields },
    );
  }

  static field(path: string, code: InputProblemCode, message: string, params?: InputProblemParams): BadUserInputError {
    return new BadUserInputError([{ path, code, message, ...(params && { params }) }]);
  }

  /** Refused before the operation runs: the whole request is bad, HTTP 400 as the GraphQL-over-HTTP spec says. */
  static beforeExecution(fields: FieldProblem[]): BadUserInputError {
    return new BadUserInputError(fields, { http: { status: 400 } });
  }
}

export class QueryTooComplexError extends LeitstandError {
  constructor(message: string) {
    super('QUERY_TOO_COMPLEX', message, { http: { status: 400 } });
  }
}

/** How long a client is asked to wait before it tries again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The database cannot be reached (down, restarting, frozen): nothing of the operation is known to
 * have been written, and the same request may be sent again later. The answer's HTTP status is 503
 * with `Retry-After`, set through Apollo's `extensions.http` (which it removes from the answer).
 */
export class ServiceUnavailableError extends LeitstandError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'The database is not available right now; try again in a few seconds.', {
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    });
  }
}
