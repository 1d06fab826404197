import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateFieldOfActionDocument, CreateFieldOfActionInput } from '../../../graphql/generated/graphql';
import { refreshStrategies } from './refresh-strategies';

/** Adds a field of action to a strategy. */
export function useCreateFieldOfAction() {
  const client = useApolloClient();
  return useCallback(
    async (input: CreateFieldOfActionInput) => {
      const { data } = await client.mutate({ mutation: CreateFieldOfActionDocument, variables: { input } });
      await refreshStrategies(client);
      if (!data) throw new Error('createFieldOfAction answered no data');
      return data.createFieldOfAction;
    },
    [client],
  );
}
