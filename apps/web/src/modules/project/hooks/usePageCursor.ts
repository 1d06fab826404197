import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  ProjectCursorDocument,
  ProjectCursorQuery,
  ProjectFilter,
  ProjectOrder,
} from '../../../graphql/generated/graphql';

/** The API gives at most this many items per request. */
export const MAX_FIRST = 200;

type CursorState = { key: string; cursor: string | null; error?: unknown };

/**
 * The cursor after the first `offset` projects of a view, so that a page named in the address
 * (`seite=3`) can be fetched with first/after. Offset 0 needs no request; deeper pages ask for
 * cursors only, at most 200 projects per step.
 */
export function usePageCursor(
  filter: ProjectFilter | null,
  orderBy: ProjectOrder,
  offset: number,
): { ready: boolean; cursor: string | null; error?: unknown } {
  const client = useApolloClient();
  const key = JSON.stringify([filter, orderBy, offset]);
  const [state, setState] = useState<CursorState | null>(null);

  useEffect(() => {
    const [filterInput, order, skip] = JSON.parse(key) as [ProjectFilter | null, ProjectOrder, number];
    if (skip === 0) return;
    let current = true;
    (async () => {
      let cursor: string | null = null;
      let remaining = skip;
      while (remaining > 0) {
        const first = Math.min(remaining, MAX_FIRST);
        const { data }: { data?: ProjectCursorQuery } = await client.query({
          query: ProjectCursorDocument,
          variables: { filter: filterInput, orderBy: order, first, after: cursor },
        });
        cursor = data?.projects.pageInfo.endCursor ?? null;
        remaining -= first;
        if (!data?.projects.pageInfo.hasNextPage) break;
      }
      if (current) setState({ key, cursor });
    })().catch((error: unknown) => {
      if (current) setState({ key, cursor: null, error });
    });
    return () => {
      current = false;
    };
  }, [client, key]);

  if (offset === 0) return { ready: true, cursor: null };
  if (state?.key !== key) return { ready: false, cursor: null };
  return { ready: !state.error, cursor: state.cursor, error: state.error };
}
