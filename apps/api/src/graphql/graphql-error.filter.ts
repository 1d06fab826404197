import type { InputProblemCode } from '@leitstand/shared-domain';
import { ArgumentsHost, Catch, HttpException, Inject } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import type { Logger } from 'pino';
import { BadUserInputError, LeitstandError, ServiceUnavailableError } from '../common/errors';
import { pgErrorCode } from '../common/pg-errors';
import { DatabaseAvailability } from '../database/availability';
import { isDatabaseUnavailable } from '../database/unavailable';
import { LOGGER } from '../logging/logging.module';
import { coercionCode, variableProblem } from './input-checks';

const INTERNAL = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/**
 * Root operations: our errors (GraphQLErrors with a code) pass as they are; anything else becomes
 * an internal error whose details go to the log. Plain HTTP routes get our codes as statuses.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly availability: DatabaseAvailability,
  ) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // The database being down is no bug: 503 with Retry-After, and one log line per outage.
    if (isDatabaseUnavailable(exception)) exception = this.availability.unavailable(exception);
    if (host.getType<string>() !== 'graphql') {
      const error =
        exception instanceof LeitstandError
          ? new HttpException(
              {
                code: exception.code,
                message: exception.message,
                ...(exception instanceof BadUserInputError && { fields: exception.fields }),
              },
              exception.httpStatus,
            )
          : exception;
      return super.catch(error, host);
    }
    if (isGraphQLError(exception)) return exception;
    const info = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>();
    const field = info?.fieldName ?? 'input';
    const refused = refusedData(exception);
    if (refused) {
      this.logger.warn({ field, sqlState: refused }, 'The database refused a value of the input');
      return BadUserInputError.field(field, 'NOT_STORABLE', REFUSED_DATA);
    }
    this.logger.error({ error: loggable(exception), field }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError(INTERNAL.message, { extensions: INTERNAL.extensions });
  }
}

/** graphql-js's words when parsing stops at the token limit ('more that' in graphql 16, 'more than' later). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

const REFUSED_DATA = 'holds a value that cannot be stored or compared (out of range, too long or not valid text)';

/**
 * The SQLSTATE of an error in which PostgreSQL refused a value (class 22, data exception: out of
 * range, too long, invalid text): the client's mistake that no check caught before, not a bug.
 */
function refusedData(error: unknown): string | undefined {
  const code = pgErrorCode(error);
  return code?.startsWith('22') ? code : undefined;
}

/** What the log may hold of an error: never the SQL parameters (a statement's values are the callers' data). */
function loggable(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { name, message, stack } = error;
  const code = (error as { code?: unknown }).code;
  return { name, message, stack, ...(code === undefined ? {} : { code }) };
}

/** The input path ('input.plannedDate') of an argument value written into the query text at an offset; none outside arguments. */
function literalPath(source: string, offset: number): string | undefined {
  let found: string | undefined;
  const path: string[] = [];
  visit(parse(source), {
    enter(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.push(node.name.value);
      if (node.loc?.start === offset && path.length > 0) found ??= path.join('.');
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.pop();
    },
  });
  return found;
}

/**
 * Apollo Server loads graphql as an ES module and this code as CommonJS: two GraphQLError classes.
 * So errors are recognised by their shape, not by instanceof.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return typeof error === 'object' && error !== null && 'extensions' in error && 'locations' in error;
}

/**
 * Final shaping of every error. Values that GraphQL itself refused (a date that is not a date, a
 * value of no enum, a missing or unknown input field) become BAD_USER_INPUT with `fields`, as our
 * own validation reports them. Internal errors never show their message outside development.
 */
export function createFormatError(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const badInput = (path: string, code: InputProblemCode, message: string): GraphQLFormattedError => ({
      ...formatted,
      extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', fields: [{ path, code, message }] },
    });
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens)
      return {
        message: `The document holds more than ${tokens[1]} tokens; at most ${tokens[1]} are allowed.`,
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      };
    // graphql-js stops validating a document whose fields would take too long to compare.
    if (formatted.message === 'Validation aborted.')
      return { message: 'The document is too complex to validate.', extensions: { code: 'QUERY_TOO_COMPLEX' } };
    if (/^Variable "\$\w+" got invalid value/.test(formatted.message)) {
      const problem = variableProblem(formatted);
      return badInput(problem.path, problem.code, problem.message);
    }
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && isGraphQLError(error)) {
      // A value written into the query text that its argument refuses is bad input too.
      const offset = error.nodes?.[0]?.loc?.start;
      const source = error.source?.body;
      const path = source !== undefined && offset !== undefined ? literalPath(source, offset) : undefined;
      if (path) return badInput(path, coercionCode(formatted.message), formatted.message);
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(error))
      return {
        ...formatted,
        message: new ServiceUnavailableError().message,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && formatted.message !== INTERNAL.message) {
      const cause = isGraphQLError(error) ? (error.originalError ?? error) : error;
      const refused = refusedData(cause);
      const field = formatted.path?.join('.') ?? 'input';
      if (refused) {
        logger.warn({ field, sqlState: refused }, 'The database refused a value of the input');
        return badInput(field, 'NOT_STORABLE', REFUSED_DATA);
      }
      logger.error({ error: loggable(cause), path: formatted.path }, 'Unexpected error in a GraphQL field');
      if (!development) return { ...formatted, message: INTERNAL.message, extensions: INTERNAL.extensions };
    }
    return formatted;
  };
}
