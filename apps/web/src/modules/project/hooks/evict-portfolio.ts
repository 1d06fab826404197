import type { ApolloCache } from '@apollo/client';

/** Everything that sums up the portfolio is out of date after a write; it is fetched again when shown. */
export function evictPortfolio(cache: ApolloCache): void {
  for (const fieldName of ['portfolioSummary', 'projects', 'milestones']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

/** The project's change history gets a new entry with every write to it. */
export function evictProjectHistory(cache: ApolloCache, projectId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Project', id: projectId }), fieldName: 'history' });
  cache.gc();
}
