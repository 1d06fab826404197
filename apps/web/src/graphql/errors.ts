import { INPUT_PROBLEM_CODES, InputProblemCode, InputProblemParams } from '@leitstand/shared-domain';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The error codes that the API puts in `extensions.code`. */
export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'QUERY_TOO_COMPLEX';

const KNOWN_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
];

/** One input field at fault, as the API names it: `{ path: 'input.summary', code: 'REQUIRED', message }`. */
export interface FieldError {
  path: string;
  /** Why, to be worded in the reader's language (useInputProblemText); INVALID where the API gave none. */
  code: InputProblemCode;
  params: InputProblemParams;
  /** The API's own wording, in English: for logs, never for the page. */
  message: string;
}

function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A non-2xx answer may still carry GraphQL errors in its body.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** The first known error code of an operation's error; 'NETWORK' where the server gave none. */
export function errorCode(error: unknown): ApiErrorCode | 'NETWORK' | 'UNKNOWN' | undefined {
  if (!error) return undefined;
  for (const graphQLError of graphQLErrors(error)) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.includes(code)) return code as ApiErrorCode;
  }
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  if (CombinedGraphQLErrors.is(error)) return 'UNKNOWN';
  return 'NETWORK';
}

/** The fields at fault of a BAD_USER_INPUT error, as the API lists them in `extensions.fields`. */
export function fieldErrors(error: unknown): FieldError[] {
  const fields: FieldError[] = [];
  for (const graphQLError of graphQLErrors(error)) {
    const listed = graphQLError.extensions?.fields;
    if (!Array.isArray(listed)) continue;
    for (const entry of listed as unknown[]) {
      if (entry && typeof entry === 'object' && 'path' in entry && 'message' in entry) {
        const { path, message, code, params } = entry as Record<string, unknown>;
        if (typeof path === 'string' && typeof message === 'string')
          fields.push({
            path,
            message,
            code: INPUT_PROBLEM_CODES.find((known) => known === code) ?? 'INVALID',
            params: params && typeof params === 'object' ? (params as InputProblemParams) : {},
          });
      }
    }
  }
  return fields;
}
