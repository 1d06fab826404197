import { BudgetProjectsDocument, BudgetProjectsQuery, ProjectFilter } from '../../../graphql/generated/graphql';
import { ALL_PAGES_SIZE, useAllPages } from '../../../graphql/all-pages';

export type BudgetProject = BudgetProjectsQuery['projects']['nodes'][number];

/** Every project of the dashboard's filter with its budget, 100 per request. */
export function useBudgetProjects(filter: ProjectFilter | null) {
  return useAllPages<BudgetProject>(JSON.stringify(filter), async (client, after) => {
    const { data } = await client.query({
      query: BudgetProjectsDocument,
      variables: { filter, first: ALL_PAGES_SIZE, after },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('The budget query returned no data');
    return data.projects;
  });
}
