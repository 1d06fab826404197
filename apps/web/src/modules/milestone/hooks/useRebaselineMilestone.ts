import { useMutation } from '@apollo/client/react';
import { RebaselineMilestoneDocument } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Moves a milestone's baseline, with the reason; the old baseline stays in its re-baselines. */
export function useRebaselineMilestone() {
  const [mutate] = useMutation(RebaselineMilestoneDocument, useProjectWriteOptions());
  return (variables: { id: string; expectedVersion: number; plannedDate: string; reason: string }) =>
    mutate({ variables });
}
