import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, ProjectFilterState, ProjectViewState, writeView } from '../filter-url';

/** The view (filters, sort, page) read from and written to the address. */
export function useProjectView(): {
  view: ProjectViewState;
  setView(next: ProjectViewState): void;
  setFilter(next: ProjectFilterState): void;
} {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const setView = useCallback((next: ProjectViewState) => setParams(writeView(next)), [setParams]);
  // A new filter starts again at the first page.
  const setFilter = useCallback(
    (filter: ProjectFilterState) => setParams(writeView({ ...view, filter, page: 1 })),
    [setParams, view],
  );
  return { view, setView, setFilter };
}
