import { useQuery } from '@apollo/client/react';
import { MyDueReportsDocument } from '../../../graphql/generated/graphql';

/** The projects that the person leads whose status report is due (no report for the reminder period). */
export function useMyDueReports(leadId: string | null, days: number | null) {
  return useQuery(MyDueReportsDocument, {
    variables: { leadId: leadId ?? '', days: days ?? 0 },
    skip: !leadId || days === null,
    fetchPolicy: 'cache-and-network',
  });
}
