import { useQuery } from '@apollo/client/react';
import { ReportSummaryDocument } from '../../../graphql/generated/graphql';

/** The portfolio's figures as of an instant (now where null), and the strategies it reports on. */
export function useReportSummary(asOf: string | null) {
  return useQuery(ReportSummaryDocument, { variables: { asOf }, fetchPolicy: 'cache-and-network' });
}
