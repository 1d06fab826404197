import { ArgumentsHost, Catch, HttpException, Inject } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import type { Logger } from 'pino';
import { LeitstandError, ServiceUnavailableError } from '../common/errors';
import { DatabaseAvailability } from '../database/availability';
import { isDatabaseUnavailable } from '../database/unavailable';
import { LOGGER } from '../logging/logging.module';

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
          ? new HttpException({ code: exception.code, message: exception.message }, exception.httpStatus)
          : exception;
      return super.catch(error, host);
    }
    if (isGraphQLError(exception)) return exception;
    const info = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>();
    this.logger.error({ err: exception, field: info?.fieldName }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError(INTERNAL.message, { extensions: INTERNAL.extensions });
  }
}

const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const INVALID_VARIABLE_ROOT = /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s;

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
    const badInput = (path: string, message: string): GraphQLFormattedError => ({
      ...formatted,
      extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', fields: [{ path, message }] },
    });
    const variable = INVALID_VARIABLE.exec(formatted.message);
    if (variable) return badInput(variable[2], variable[3].trim());
    const variableRoot = INVALID_VARIABLE_ROOT.exec(formatted.message);
    if (variableRoot) return badInput(variableRoot[1], variableRoot[2].trim());
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && isGraphQLError(error)) {
      // A value written into the query text that its argument refuses is bad input too.
      const offset = error.nodes?.[0]?.loc?.start;
      const source = error.source?.body;
      const path = source !== undefined && offset !== undefined ? literalPath(source, offset) : undefined;
      if (path) return badInput(path, formatted.message);
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(error))
      return {
        ...formatted,
        message: new ServiceUnavailableError().message,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && formatted.message !== INTERNAL.message) {
      logger.error(
        { err: isGraphQLError(error) ? (error.originalError ?? error) : error, path: formatted.path },
        'Unexpected error in a GraphQL field',
      );
      if (!development) return { ...formatted, message: INTERNAL.message, extensions: INTERNAL.extensions };
    }
    return formatted;
  };
}
