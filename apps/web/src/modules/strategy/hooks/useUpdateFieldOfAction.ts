import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { UpdateFieldOfActionDocument, UpdateFieldOfActionInput } from '../../../graphql/generated/graphql';
import { refreshStrategies } from './refresh-strategies';

/** Renames and describes a field of action. */
export function useUpdateFieldOfAction() {
  const client = useApolloClient();
  return useCallback(
    async (input: UpdateFieldOfActionInput) => {
      const { data } = await client.mutate({ mutation: UpdateFieldOfActionDocument, variables: { input } });
      await refreshStrategies(client);
      if (!data) throw new Error('updateFieldOfAction answered no data');
      return data.updateFieldOfAction;
    },
    [client],
  );
}
