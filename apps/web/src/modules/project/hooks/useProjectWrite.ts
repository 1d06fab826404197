import { useApolloClient } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useCallback } from 'react';
import { evictPortfolio } from './evict-portfolio';

/**
 * What every write on a project's page does once it went through: the page and its history are
 * fetched again (they show the change), and what summarises the portfolio (dashboard, list,
 * roadmap) is dropped from the cache, to be fetched again when shown.
 */
export function useProjectWriteOptions() {
  return {
    refetchQueries: ['ProjectPage', 'ProjectHistory'],
    awaitRefetchQueries: true,
    update: (cache: ApolloCache) => evictPortfolio(cache),
  };
}

/** Loads the project page's current state from the server, e.g. after a CONFLICT. */
export function useReloadProject(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(() => client.refetchQueries({ include: ['ProjectPage'] }), [client]);
}
