import { useMutation } from '@apollo/client/react';
import { UpdateMilestoneDocument, type UpdateMilestoneInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Changes a milestone's title, description, owner or forecast; a stale version is refused with CONFLICT. */
export function useUpdateMilestone() {
  const [mutate] = useMutation(UpdateMilestoneDocument, useProjectWriteOptions());
  return (input: UpdateMilestoneInput) => mutate({ variables: { input } });
}
