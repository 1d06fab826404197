import { useMutation } from '@apollo/client/react';
import { RecordKpiMeasurementDocument, type RecordKpiMeasurementInput } from '../../../graphql/generated/graphql';
import { useProjectWriteOptions } from '../../project/hooks/useProjectWrite';

/**
 * Records a key figure's value of a day. A day that has a value already gets it corrected: the
 * API replaces the value and note of that day, and the history keeps both.
 */
export function useRecordKpiMeasurement() {
  const [mutate] = useMutation(RecordKpiMeasurementDocument, useProjectWriteOptions());
  return (input: RecordKpiMeasurementInput) => mutate({ variables: { input } });
}
