import { useMutation } from '@apollo/client/react';
import { UpdateRiskDocument, type UpdateRiskInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Changes a risk, its status included (closing it); a stale version is refused with CONFLICT. */
export function useUpdateRisk() {
  const [mutate] = useMutation(UpdateRiskDocument, useProjectWriteOptions());
  return (input: UpdateRiskInput) => mutate({ variables: { input } });
}
