import { useQuery } from '@apollo/client/react';
import { FieldBudgetDocument, ProjectFilter } from '../../../graphql/generated/graphql';

/** Planned and spent budget of one field of action within the dashboard's filter, summed by the database. */
export function useFieldBudget(filter: ProjectFilter | null, fieldId: string) {
  return useQuery(FieldBudgetDocument, {
    variables: { filter: { ...(filter ?? {}), fieldId: [fieldId] } },
    fetchPolicy: 'cache-and-network',
  });
}
