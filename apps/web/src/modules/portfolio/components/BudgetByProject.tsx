import { isOverspent } from '@leitstand/shared-domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { TableWrap } from '../../../ui/TableWrap';
import { groupByField } from '../../milestone/roadmap';
import { ProjectFilterState, toProjectFilter } from '../../project/filter-url';
import { useBudgetProjects } from '../hooks/useBudgetProjects';
import { BudgetCells, BudgetHeaderCells } from './BudgetStanding';

/**
 * Every project's budget, planned against spent, grouped by field of action, the overspent ones
 * marked; a switch narrows the table to those.
 */
export function BudgetByProject({ filter }: { filter: ProjectFilterState }) {
  const { t, n, locale } = useI18n();
  const lang = useContentLang();
  const [onlyOver, setOnlyOver] = useState(false);
  const budget = useBudgetProjects(toProjectFilter(filter));
  const all = budget.nodes ?? [];
  const over = all.filter((project) => isOverspent(project.budget.planned, project.budget.spent));
  const shown = onlyOver ? over : all;
  const groups = groupByField(shown, locale);
  const title = t('dashboard.budgetByProject');

  return (
    <section aria-labelledby="budget-by-project-heading" className="card budget-by-project" aria-busy={budget.loading}>
      <h2 id="budget-by-project-heading">{title}</h2>
      <div className="list-toolbar">
        <label className="field-checkbox no-print">
          <input type="checkbox" checked={onlyOver} onChange={(event) => setOnlyOver(event.target.checked)} />
          {t('budget.onlyOver')}
        </label>
        <p role="status" className="result-count">
          {budget.loading
            ? budget.nodes && n('roadmap.loaded', budget.totalCount, { loaded: all.length })
            : t('budget.projectCount', {
                projects: n('roadmap.projects', all.length),
                over: n('budget.overCount', over.length),
              })}
        </p>
      </div>
      {budget.error !== undefined && <ErrorNotice error={budget.error} onRetry={budget.retry} />}
      {budget.nodes === null && budget.error === undefined && <Loading />}
      {budget.nodes && shown.length === 0 && !budget.loading && (
        <p>{t(onlyOver ? 'budget.noneOver' : 'roadmap.none')}</p>
      )}
      {shown.length > 0 && (
        <TableWrap label={title}>
          <table className="table table-compact budget-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestone.project')}</th>
                <BudgetHeaderCells />
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.id ?? 'none'}>
                <tr className="budget-group">
                  <th scope="colgroup" colSpan={5} lang={group.id ? lang : undefined}>
                    {group.name ?? t('roadmap.noField')}
                  </th>
                </tr>
                {group.projects.map((project) => (
                  <tr key={project.id}>
                    <th scope="row">
                      <Link to={`/projekte/${encodeURIComponent(project.code)}`}>
                        {project.code} <span lang={lang}>{project.title}</span>
                      </Link>
                    </th>
                    <BudgetCells
                      planned={project.budget.planned}
                      spent={project.budget.spent}
                      currency={project.budget.currency}
                    />
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableWrap>
      )}
    </section>
  );
}
