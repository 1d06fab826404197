import type { ApolloClient } from '@apollo/client';
import { StrategiesAdminDocument } from '../../../graphql/generated/graphql';

/**
 * After a strategy or field of action changed: the administration's list is fetched again, and
 * everything else that names strategies (filters, forms, projects' fields) when it is next shown.
 */
export async function refreshStrategies(client: ApolloClient): Promise<void> {
  client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'strategies' });
  client.cache.gc();
  await client.query({ query: StrategiesAdminDocument, fetchPolicy: 'network-only' });
}
