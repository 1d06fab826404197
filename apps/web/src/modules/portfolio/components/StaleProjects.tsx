import { Link } from 'react-router';
import { STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { filterQuery, ProjectFilterState } from '../../project/filter-url';
import { TableWrap } from '../../../ui/TableWrap';
import { managesPortfolio } from '../../access/permissions';
import { useSession } from '../../access/hooks/useSession';
import { RemindButton } from '../../reminder/components/RemindButton';
import { useReminderSettings } from '../../reminder/hooks/useReminderSettings';

/** Active projects whose last status report is older than the stale limit: whom to chase. */
export function StaleProjects({ stale, filter }: { stale: DashboardQuery['staleList']; filter: ProjectFilterState }) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const { person } = useSession();
  const reminders = useReminderSettings();
  // "Erinnern" for those who may send reminders, where mail is configured.
  const remind = managesPortfolio(person) && reminders?.enabled === true;
  return (
    <section aria-labelledby="stale-heading" className="card">
      <h2 id="stale-heading">{t('dashboard.stale', { days: STALE_AFTER_DAYS })}</h2>
      {stale.nodes.length === 0 ? (
        <p>{t('dashboard.stale.none')}</p>
      ) : (
        <TableWrap label={t('dashboard.stale', { days: STALE_AFTER_DAYS })}>
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.stale', { days: STALE_AFTER_DAYS })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project.project')}</th>
                <th scope="col">{t('project.lead')}</th>
                <th scope="col">{t('project.phase')}</th>
                <th scope="col">{t('dashboard.lastReport')}</th>
                {remind && <th scope="col">{t('reminder.column')}</th>}
              </tr>
            </thead>
            <tbody>
              {stale.nodes.map((project) => (
                <tr key={project.id}>
                  <td>
                    <Link to={`/projekte/${encodeURIComponent(project.code)}`}>
                      {project.code} <span lang={lang}>{project.title}</span>
                    </Link>
                  </td>
                  <td>{project.lead?.name ?? t('format.none')}</td>
                  <td>{t(`phase.${project.phase}`)}</td>
                  <td>
                    {project.latestStatus
                      ? format.dateTime(project.latestStatus.createdAt)
                      : t('dashboard.neverReported')}
                  </td>
                  {remind && (
                    <td>
                      {project.lead ? (
                        <RemindButton projectId={project.id} code={project.code} />
                      ) : (
                        t('reminder.noLead')
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {stale.totalCount > stale.nodes.length && (
        <p>
          <Link to={`/projekte${filterQuery({ ...filter, staleForDays: STALE_AFTER_DAYS })}`}>
            {t('dashboard.stale.all', { count: stale.totalCount })}
          </Link>
        </p>
      )}
    </section>
  );
}
