import { ArgumentsHost, Catch, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { LeitstandError } from '../common/errors';
import { LOGGER } from '../logging/logging.module';

/**
 * The one place where exceptions become GraphQL errors: a LeitstandError keeps its message and
 * code; anything else is an internal error whose details go to the log, never to the caller.
 */
const HTTP_STATUS: Record<LeitstandError['code'], number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  QUERY_TOO_COMPLEX: HttpStatus.BAD_REQUEST,
};

@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      // Plain HTTP routes (/health): Nest's own handling, with our codes as statuses.
      const error =
        exception instanceof LeitstandError
          ? new HttpException({ code: exception.code, message: exception.message }, HTTP_STATUS[exception.code])
          : exception;
      return super.catch(error, host);
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof LeitstandError) {
      return new GraphQLError(exception.message, { extensions: { ...exception.extensions, code: exception.code } });
    }
    const info = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>();
    this.logger.error({ err: exception, field: info?.fieldName }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const INVALID_VARIABLE_ROOT = /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s;

/**
 * Final shaping of every error: values that GraphQL itself refused (a date that is not a date,
 * a missing required field) get BAD_USER_INPUT with `fields`, as our own validation does.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
    const nested = INVALID_VARIABLE.exec(formatted.message);
    const root = nested ? undefined : INVALID_VARIABLE_ROOT.exec(formatted.message);
    const path = nested ? nested[2] : root?.[1];
    const message = nested ? nested[3] : root?.[2];
    if (path && message) {
      return { ...formatted, extensions: { ...formatted.extensions, fields: [{ path, message: message.trim() }] } };
    }
  }
  return formatted;
}
