import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { UpdateStrategyDocument, UpdateStrategyInput } from '../../../graphql/generated/graphql';
import { refreshStrategies } from './refresh-strategies';

/** Renames and describes a strategy, and sets its years. */
export function useUpdateStrategy() {
  const client = useApolloClient();
  return useCallback(
    async (input: UpdateStrategyInput) => {
      const { data } = await client.mutate({ mutation: UpdateStrategyDocument, variables: { input } });
      await refreshStrategies(client);
      if (!data) throw new Error('updateStrategy answered no data');
      return data.updateStrategy;
    },
    [client],
  );
}
