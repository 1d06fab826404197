/**
 * The errors that reach API callers. Each carries one of the contract's codes, which the one
 * exception filter (graphql/graphql-error.filter.ts) puts into `extensions.code`. Domains throw
 * their own subclasses; anything else becomes an internal error whose details stay in the log.
 */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'QUERY_TOO_COMPLEX';

export abstract class LeitstandError extends Error {
  abstract readonly code: ErrorCode;
  /** Further facts for `extensions`, beside the code. */
  readonly extensions: Record<string, unknown> = {};
}

export class UnauthenticatedError extends LeitstandError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first.') {
    super(message);
  }
}

export class ForbiddenError extends LeitstandError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You may not do this.') {
    super(message);
  }
}

export class NotFoundError extends LeitstandError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist.`);
  }
}

export class ConflictError extends LeitstandError {
  readonly code = 'CONFLICT';
}

/** A write with a stale `expectedVersion`: someone else changed the record since the caller read it. */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, expectedVersion: number, currentVersion: number) {
    super(
      `${entity} was changed by someone else: you saw version ${expectedVersion}, it is now at version ${currentVersion}. Reload it and try again.`,
    );
    this.extensions.currentVersion = currentVersion;
  }
}

export interface FieldProblem {
  /** The input path at fault, e.g. 'input.plannedEndDate'. */
  path: string;
  message: string;
}

export class BadUserInputError extends LeitstandError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[]) {
    super(fields.length === 1 ? `${fields[0].path}: ${fields[0].message}` : `${fields.length} inputs are not valid.`);
    this.extensions.fields = fields;
  }

  static field(path: string, message: string): BadUserInputError {
    return new BadUserInputError([{ path, message }]);
  }
}

export class QueryTooComplexError extends LeitstandError {
  readonly code = 'QUERY_TOO_COMPLEX';
}
