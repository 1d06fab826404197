import { Link } from 'react-router';
import { STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { filterQuery, ProjectFilterState } from '../../project/filter-url';

/** The handful of numbers that a board asks for first. */
export function KeyFigures({
  summary,
  filter,
}: {
  summary: DashboardQuery['portfolioSummary'];
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <section aria-labelledby="key-figures-heading" className="key-figures-section">
      <h2 id="key-figures-heading" className="visually-hidden">
        {t('dashboard.keyFigures')}
      </h2>
      <dl className="key-figures">
        <div>
          <dt>{t('dashboard.projects')}</dt>
          <dd>
            <Link to={`/projekte${filterQuery(filter)}`}>{format.number(summary.projectCount)}</Link>
          </dd>
        </div>
        <div className={summary.milestonesOverdue > 0 ? 'figure-alert' : undefined}>
          <dt>{t('dashboard.milestonesOverdue')}</dt>
          <dd>
            <Link to={`/projekte${filterQuery({ ...filter, milestoneState: ['OVERDUE'] })}`}>
              {format.number(summary.milestonesOverdue)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.milestonesDueSoon')}</dt>
          <dd>
            <Link to={`/projekte${filterQuery({ ...filter, milestoneState: ['DUE_SOON'] })}`}>
              {format.number(summary.milestonesDueSoon)}
            </Link>
          </dd>
        </div>
        <div className={summary.staleProjects > 0 ? 'figure-alert' : undefined}>
          <dt>{t('dashboard.staleProjects', { days: STALE_AFTER_DAYS })}</dt>
          <dd>
            <Link to={`/projekte${filterQuery({ ...filter, staleForDays: STALE_AFTER_DAYS })}`}>
              {format.number(summary.staleProjects)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('budget.planned')}</dt>
          <dd>{format.money(summary.budgetPlanned)}</dd>
        </div>
        <div>
          <dt>{t('budget.spent')}</dt>
          <dd>{format.money(summary.budgetSpent)}</dd>
        </div>
      </dl>
    </section>
  );
}
