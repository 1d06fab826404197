import { useMutation } from '@apollo/client/react';
import { CompleteMilestoneDocument } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Marks a milestone done on a date. */
export function useCompleteMilestone() {
  const [mutate] = useMutation(CompleteMilestoneDocument, useProjectWriteOptions());
  return (variables: { id: string; expectedVersion: number; completedDate: string }) => mutate({ variables });
}
