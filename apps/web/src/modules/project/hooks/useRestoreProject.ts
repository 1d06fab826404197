import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { RestoreProjectDocument } from '../../../graphql/generated/graphql';
import { evictPortfolio, evictProjectHistory } from './evict-portfolio';

/** Brings an archived project back into the lists, totals, dashboard and roadmap. */
export function useRestoreProject() {
  const client = useApolloClient();
  return useCallback(
    async (id: string, expectedVersion: number) => {
      const { data } = await client.mutate({ mutation: RestoreProjectDocument, variables: { id, expectedVersion } });
      evictPortfolio(client.cache);
      evictProjectHistory(client.cache, id);
      if (!data) throw new Error('restoreProject answered no data');
      return data.restoreProject;
    },
    [client],
  );
}
