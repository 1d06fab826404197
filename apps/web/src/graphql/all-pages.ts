import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';

/** The most items a view that shows a whole portfolio asks for in one request (the API allows 200). */
export const ALL_PAGES_SIZE = 100;

export interface Page<P> {
  totalCount: number;
  nodes: P[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every item of a connection, page by page (`first`/`after`), telling after each page how many
 * of how many have arrived. Stops when the connection says there is no next page.
 */
export async function loadAllPages<P>(
  fetchPage: (after: string | null) => Promise<Page<P>>,
  onPage: (loaded: P[], totalCount: number) => void,
): Promise<P[]> {
  const loaded: P[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<P> = await fetchPage(after);
    loaded.push(...page.nodes);
    onPage([...loaded], page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || page.nodes.length === 0) return loaded;
    after = page.pageInfo.endCursor;
  }
}

export interface AllPages<P> {
  /** What has arrived so far; null before the first page. */
  nodes: P[] | null;
  totalCount: number;
  /** True until the last page has arrived. */
  loading: boolean;
  error?: unknown;
  retry: () => void;
}

/**
 * A whole connection for a view that must show every item (the roadmap, the budget by project):
 * the pages are asked for one after another, and the view shows what has arrived with
 * "x of y" until the last. `key` names the request (its variables); a new key starts over.
 */
export function useAllPages<P>(
  key: string,
  fetchPage: (client: ApolloClient, after: string | null) => Promise<Page<P>>,
): AllPages<P> {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{
    key: string;
    nodes: P[] | null;
    totalCount: number;
    done: boolean;
    error?: unknown;
  }>({ key: '', nodes: null, totalCount: 0, done: false });
  // The fetcher is built from the key's variables: the latest one serves the key's request.
  const fetcher = useRef(fetchPage);
  useEffect(() => {
    fetcher.current = fetchPage;
  });

  useEffect(() => {
    let current = true;
    loadAllPages(
      (after) => fetcher.current(client, after),
      (nodes, totalCount) => {
        if (current) setState({ key, nodes, totalCount, done: false });
      },
    )
      .then((nodes) => {
        if (current) setState((previous) => ({ ...previous, key, nodes, done: true }));
      })
      .catch((error: unknown) => {
        if (current) setState((previous) => ({ ...previous, key, done: true, error }));
      });
    return () => {
      current = false;
    };
  }, [client, key, attempt]);

  const mine = state.key === key;
  return {
    nodes: mine ? state.nodes : null,
    totalCount: mine ? state.totalCount : 0,
    loading: !mine || !state.done,
    error: mine ? state.error : undefined,
    retry: () => {
      setState({ key: '', nodes: null, totalCount: 0, done: false });
      setAttempt((value) => value + 1);
    },
  };
}
