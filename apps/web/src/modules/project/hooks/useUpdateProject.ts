import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { UpdateProjectDocument, UpdateProjectInput } from '../../../graphql/generated/graphql';
import { evictPortfolio, evictProjectHistory } from './evict-portfolio';

/** Changes a project's facts; the answer updates the project in the cache. */
export function useUpdateProject() {
  const client = useApolloClient();
  return useCallback(
    async (input: UpdateProjectInput) => {
      const { data } = await client.mutate({ mutation: UpdateProjectDocument, variables: { input } });
      evictPortfolio(client.cache);
      evictProjectHistory(client.cache, input.id);
      if (!data) throw new Error('updateProject answered no data');
      return data.updateProject;
    },
    [client],
  );
}
