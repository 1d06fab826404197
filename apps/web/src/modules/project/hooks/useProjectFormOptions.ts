import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ProjectFormOptionsDocument, ProjectFormOptionsQuery } from '../../../graphql/generated/graphql';
import type { ComboboxOption } from '../../../ui/form/Combobox';

export type FormOptions = ProjectFormOptionsQuery;

/** The strategies with their fields, the departments and the active people that a project's form offers. */
export function useProjectFormOptions() {
  const { data, error, loading, refetch } = useQuery(ProjectFormOptionsDocument);
  const people = useMemo<ComboboxOption[]>(
    () =>
      (data?.people ?? [])
        .filter((person) => person.active)
        .map((person) => ({ value: person.id, label: person.name, detail: person.department?.code })),
    [data],
  );
  return { options: data, people, error, loading, refetch };
}
