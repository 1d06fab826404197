import { useMutation } from '@apollo/client/react';
import { CreateKpiDocument, type CreateKpiInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/** Defines a key figure of a project: name, unit, baseline, target. */
export function useCreateKpi() {
  const [mutate] = useMutation(CreateKpiDocument, useProjectWriteOptions());
  return (input: CreateKpiInput) => mutate({ variables: { input } });
}
