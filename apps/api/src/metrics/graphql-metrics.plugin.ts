import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics';

/**
 * Counts each GraphQL operation (each one of a batch) by its name and outcome when its answer is
 * sent: "ok", or the code of its first error as the client sees it. The name is the one the
 * document gives the operation that ran, not the `operationName` a client sends, which can be any
 * text. Registered last, so that it sees the errors as the other plugins leave them.
 */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, errors, response }) {
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const first = sent?.[0] ?? errors?.[0];
          const code = first ? first.extensions?.code : undefined;
          metrics.observeOperation(operationName, first ? (typeof code === 'string' ? code : 'UNKNOWN') : undefined);
        },
      };
    },
  };
}
