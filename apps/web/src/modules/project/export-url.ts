import {
  DONE_PARAM,
  DONE_YES,
  EXPORT_PATH,
  ExportFormat,
  Locale,
  LOCALE_PARAM,
  ProjectSortParams,
  writeProjectFilter,
  writeProjectSort,
} from '@leitstand/shared-domain';
import type { ProjectFilterState } from './filter-url';

export type ExportKind = keyof typeof EXPORT_PATH;

/**
 * The address of the server's export of a view: the view's own filter (and order), in the
 * reader's language, e.g. `/api/export/projects.xlsx?status=OFF_TRACK`.
 */
export function exportHref(
  kind: ExportKind,
  format: ExportFormat,
  filter: ProjectFilterState,
  options: { locale: Locale; sort?: ProjectSortParams; includeDone?: boolean },
): string {
  const params = writeProjectFilter(filter);
  if (options.sort) writeProjectSort(options.sort, params);
  if (options.includeDone) params.set(DONE_PARAM, DONE_YES);
  if (options.locale !== 'de') params.set(LOCALE_PARAM, options.locale);
  const query = params.toString();
  return `${EXPORT_PATH[kind]}.${format}${query ? `?${query}` : ''}`;
}
