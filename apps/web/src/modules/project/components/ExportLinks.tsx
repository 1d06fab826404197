import { ProjectSortParams } from '@leitstand/shared-domain';
import { useI18n } from '../../../i18n/useI18n';
import { exportHref, ExportKind } from '../export-url';
import type { ProjectFilterState } from '../filter-url';

/** "Excel" and "CSV": downloads of the view from the server, with the view's filter. */
export function ExportLinks({
  kind,
  filter,
  sort,
  includeDone,
}: {
  kind: ExportKind;
  filter: ProjectFilterState;
  sort?: ProjectSortParams;
  includeDone?: boolean;
}) {
  const { t, locale } = useI18n();
  const options = { locale, sort, includeDone };
  return (
    <div className="export-links no-print" role="group" aria-label={t('export.label')}>
      <span aria-hidden="true">{t('export.label')}:</span>
      <a className="button-link button-secondary" href={exportHref(kind, 'xlsx', filter, options)} download>
        {t('export.xlsx')}
      </a>
      <a className="button-link button-secondary" href={exportHref(kind, 'csv', filter, options)} download>
        {t('export.csv')}
      </a>
    </div>
  );
}
