import { useMutation } from '@apollo/client/react';
import { CreateRiskDocument, type CreateRiskInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Records a risk of a project. */
export function useCreateRisk() {
  const [mutate] = useMutation(CreateRiskDocument, useProjectWriteOptions());
  return (input: CreateRiskInput) => mutate({ variables: { input } });
}
