import { useQuery } from '@apollo/client/react';
import { PortfolioChangesDocument, type ProjectFilter } from '../../../graphql/generated/graphql';

/** What changed after `from` up to `to` (now where null), over the projects the filter selects. */
export function usePortfolioChanges(from: string, to: string | null, filter: ProjectFilter | null = null) {
  return useQuery(PortfolioChangesDocument, { variables: { from, to, filter }, fetchPolicy: 'cache-and-network' });
}
