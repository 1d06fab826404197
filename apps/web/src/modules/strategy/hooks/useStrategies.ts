import { useQuery } from '@apollo/client/react';
import { StrategiesAdminDocument } from '../../../graphql/generated/graphql';

/** Every strategy with its fields of action and how many projects each holds. */
export function useStrategies() {
  return useQuery(StrategiesAdminDocument, { fetchPolicy: 'cache-and-network' });
}
