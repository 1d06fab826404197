import { useMutation } from '@apollo/client/react';
import { CreateMilestoneDocument, type CreateMilestoneInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Adds a milestone to a project. */
export function useCreateMilestone() {
  const [mutate] = useMutation(CreateMilestoneDocument, useProjectWriteOptions());
  return (input: CreateMilestoneInput) => mutate({ variables: { input } });
}
