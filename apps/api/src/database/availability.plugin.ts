import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS, ServiceUnavailableError } from '../common/errors';
import { DatabaseAvailability } from './availability';
import { isDatabaseUnavailable } from './unavailable';

/**
 * Answers an operation that found the database unavailable with HTTP 503 and `Retry-After`, its
 * errors with SERVICE_UNAVAILABLE, and reports the outage (logged once, not per request).
 *
 * Root fields come through the error filter, which already makes their errors SERVICE_UNAVAILABLE;
 * fields resolved outside Nest (loaders of nested fields) reach Apollo with the driver's error,
 * which this plugin recognises among the operation's errors when the answer is sent.
 */
export function databaseAvailabilityPlugin(availability: DatabaseAvailability): ApolloServerPlugin {
  const unavailable = new ServiceUnavailableError();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const found = errors?.find(
            (error) => isDatabaseUnavailable(error) || error.extensions?.code === 'SERVICE_UNAVAILABLE',
          );
          if (!found) return;
          if (isDatabaseUnavailable(found)) availability.report(found);
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = result.errors?.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, message: unavailable.message, extensions: { code: 'SERVICE_UNAVAILABLE' } }
              : error,
          );
        },
      };
    },
  };
}
