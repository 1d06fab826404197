import { useMutation } from '@apollo/client/react';
import { DeleteMilestoneDocument } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Removes a milestone created by mistake; its history stays. */
export function useDeleteMilestone() {
  const [mutate] = useMutation(DeleteMilestoneDocument, useProjectWriteOptions());
  return (variables: { id: string; expectedVersion: number }) => mutate({ variables });
}
