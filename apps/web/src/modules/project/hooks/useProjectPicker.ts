import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ProjectPickerDocument } from '../../../graphql/generated/graphql';
import { ComboboxOption, matchOptions } from '../../../ui/form/Combobox';

/** How many projects the picker offers for what is typed. */
const OFFERED = 20;

/**
 * The projects that a dependency picker offers: the server's search of code, title, summary and
 * tags for what is typed (after a short pause in typing), leaving out the ids given; while that
 * answer is on its way, the previous one narrowed to what is typed.
 */
export function useProjectPicker(exclude: readonly string[], lang: string | undefined) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), 200);
    return () => clearTimeout(timer);
  }, [query]);
  const { data, previousData } = useQuery(ProjectPickerDocument, {
    variables: { search: search || null, first: OFFERED + exclude.length },
  });
  const nodes = (data ?? previousData)?.projects.nodes ?? [];
  const found: ComboboxOption[] = nodes
    .filter((project) => !exclude.includes(project.id))
    .map((project) => ({ value: project.id, label: `${project.code} ${project.title}`, lang }));
  // Until the server has answered for what is typed now, what it found before is narrowed here.
  const current = data !== undefined && search === query.trim();
  const options = (current ? found : matchOptions(found, query)).slice(0, OFFERED);
  return { options, nodes, setQuery };
}
