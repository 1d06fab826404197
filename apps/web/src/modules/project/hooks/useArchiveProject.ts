import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { ArchiveProjectDocument } from '../../../graphql/generated/graphql';
import { evictPortfolio, evictProjectHistory } from './evict-portfolio';

/** Archives a project: it leaves the lists, totals, dashboard and roadmap; nothing is deleted. */
export function useArchiveProject() {
  const client = useApolloClient();
  return useCallback(
    async (id: string, expectedVersion: number) => {
      const { data } = await client.mutate({ mutation: ArchiveProjectDocument, variables: { id, expectedVersion } });
      evictPortfolio(client.cache);
      evictProjectHistory(client.cache, id);
      if (!data) throw new Error('archiveProject answered no data');
      return data.archiveProject;
    },
    [client],
  );
}
