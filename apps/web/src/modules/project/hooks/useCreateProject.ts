import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateProjectDocument, CreateProjectInput } from '../../../graphql/generated/graphql';
import { evictPortfolio } from './evict-portfolio';

/** Creates a project; the lists and totals that it joins are fetched again when next shown. */
export function useCreateProject() {
  const client = useApolloClient();
  return useCallback(
    async (input: CreateProjectInput) => {
      const { data } = await client.mutate({ mutation: CreateProjectDocument, variables: { input } });
      evictPortfolio(client.cache);
      if (!data) throw new Error('createProject answered no data');
      return data.createProject;
    },
    [client],
  );
}
