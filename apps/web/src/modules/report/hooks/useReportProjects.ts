import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ReportProjectsDocument } from '../../../graphql/generated/graphql';

/** Projects are read 100 at a time, the most the API gives per page. */
export const REPORT_PAGE_SIZE = 100;

/** Every project as of an instant (now where null), page after page until all are loaded. */
export function useReportProjects(asOf: string | null) {
  const [pageError, setPageError] = useState<unknown>(null);
  const { data, error, loading, refetch, fetchMore } = useQuery(ReportProjectsDocument, {
    variables: { asOf, first: REPORT_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.projects;
  const cursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!cursor || loading) return;
    let active = true;
    fetchMore({
      variables: { after: cursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        projects: {
          ...fetchMoreResult.projects,
          nodes: [...previous.projects.nodes, ...fetchMoreResult.projects.nodes],
        },
      }),
    }).catch((failure: unknown) => {
      if (active) setPageError(failure);
    });
    return () => {
      active = false;
    };
  }, [cursor, loading, fetchMore]);

  const complete = connection !== undefined && !connection.pageInfo.hasNextPage;
  return {
    projects: complete ? connection.nodes : null,
    loaded: connection?.nodes.length ?? 0,
    totalCount: connection?.totalCount ?? null,
    error: (error ?? pageError) as Error | null | undefined,
    retry: () => {
      setPageError(null);
      void refetch();
    },
  };
}
