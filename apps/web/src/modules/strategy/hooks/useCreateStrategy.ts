import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateStrategyDocument, CreateStrategyInput } from '../../../graphql/generated/graphql';
import { refreshStrategies } from './refresh-strategies';

/** Creates a strategy (without fields of action yet). */
export function useCreateStrategy() {
  const client = useApolloClient();
  return useCallback(
    async (input: CreateStrategyInput) => {
      const { data } = await client.mutate({ mutation: CreateStrategyDocument, variables: { input } });
      await refreshStrategies(client);
      if (!data) throw new Error('createStrategy answered no data');
      return data.createStrategy;
    },
    [client],
  );
}
