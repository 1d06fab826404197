import { useQuery } from '@apollo/client/react';
import { ProjectFilterOptionsDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { EMPTY_FILTER, isFiltered, ProjectFilterState } from '../filter-url';

/**
 * Narrows the portfolio by strategy, field of action and department. Each choice applies at
 * once and stays in the address; the fields offered follow the chosen strategy.
 */
export function PortfolioFilterBar({
  filter,
  onChange,
  idPrefix,
}: {
  filter: ProjectFilterState;
  onChange(next: ProjectFilterState): void;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const { data } = useQuery(ProjectFilterOptionsDocument);
  const strategies = data?.strategies ?? [];
  const fields = strategies
    .filter((strategy) => !filter.strategyId || strategy.id === filter.strategyId)
    .flatMap((strategy) => strategy.fields);
  const departments = data?.departments ?? [];

  const chosen = [
    strategies.find((strategy) => strategy.id === filter.strategyId)?.name,
    fields.find((field) => field.id === filter.fieldId[0])?.name,
    departments.find((department) => department.id === filter.departmentId[0])?.code,
  ].filter(Boolean);

  return (
    <>
      <p className="print-only">
        {chosen.length ? t('filter.summary', { list: chosen.join(' · ') }) : t('filter.summary.all')}
      </p>
      <form className="filter-bar" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${idPrefix}-strategy`}>{t('filter.strategy')}</label>
          <select
            id={`${idPrefix}-strategy`}
            value={filter.strategyId ?? ''}
            onChange={(event) => onChange({ ...filter, strategyId: event.target.value || null, fieldId: [] })}
          >
            <option value="">{t('filter.all')}</option>
            {strategies.map((strategy) => (
              <option key={strategy.id} value={strategy.id}>
                {strategy.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-field`}>{t('filter.field')}</label>
          <select
            id={`${idPrefix}-field`}
            value={filter.fieldId[0] ?? ''}
            onChange={(event) => onChange({ ...filter, fieldId: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filter.all')}</option>
            {fields.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-department`}>{t('filter.department')}</label>
          <select
            id={`${idPrefix}-department`}
            value={filter.departmentId[0] ?? ''}
            onChange={(event) => onChange({ ...filter, departmentId: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filter.all')}</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {`${department.code} – ${department.name}`}
              </option>
            ))}
          </select>
        </div>
        {isFiltered(filter) && (
          <button type="button" className="button-secondary" onClick={() => onChange(EMPTY_FILTER)}>
            {t('filter.reset')}
          </button>
        )}
      </form>
    </>
  );
}
