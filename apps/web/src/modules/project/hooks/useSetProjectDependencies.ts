import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { SetProjectDependenciesDocument } from '../../../graphql/generated/graphql';
import { evictProjectHistory } from './evict-portfolio';

/**
 * Replaces what a project depends on. The pages of the projects it waits for fetch their dependents
 * again when they are shown (they read the cache and the network).
 */
export function useSetProjectDependencies() {
  const client = useApolloClient();
  return useCallback(
    async (projectId: string, expectedVersion: number, dependsOn: string[]) => {
      const { data } = await client.mutate({
        mutation: SetProjectDependenciesDocument,
        variables: { projectId, expectedVersion, dependsOn },
      });
      evictProjectHistory(client.cache, projectId);
      if (!data) throw new Error('setProjectDependencies answered no data');
      return data.setProjectDependencies;
    },
    [client],
  );
}
