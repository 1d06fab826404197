import type { OrderDirection, ProjectOrderField } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ORDER_FIELDS } from '../filter-url';

export function ProjectSortControls({
  sort,
  onChange,
}: {
  sort: { field: ProjectOrderField; direction: OrderDirection };
  onChange(next: { field: ProjectOrderField; direction: OrderDirection }): void;
}) {
  const { t } = useI18n();
  return (
    <div className="sort-controls">
      <div className="field field-inline">
        <label htmlFor="sort-field">{t('sort.by')}</label>
        <select
          id="sort-field"
          value={sort.field}
          onChange={(event) => onChange({ ...sort, field: event.target.value as ProjectOrderField })}
        >
          {ORDER_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`sort.field.${field}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="sort-direction">{t('sort.direction')}</label>
        <select
          id="sort-direction"
          value={sort.direction}
          onChange={(event) => onChange({ ...sort, direction: event.target.value as OrderDirection })}
        >
          <option value="ASC">{t('sort.ASC')}</option>
          <option value="DESC">{t('sort.DESC')}</option>
        </select>
      </div>
    </div>
  );
}
