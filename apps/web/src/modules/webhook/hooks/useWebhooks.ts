import { useQuery } from '@apollo/client/react';
import { AdminWebhooksDocument } from '../../../graphql/generated/graphql';

/** The webhooks with their newest deliveries; polled while the page is open, so that the log moves. */
export function useWebhooks() {
  return useQuery(AdminWebhooksDocument, { fetchPolicy: 'cache-and-network', pollInterval: 5000 });
}
