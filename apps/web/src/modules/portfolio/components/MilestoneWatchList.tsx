import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DashboardMilestonesDocument } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { TableWrap } from '../../../ui/TableWrap';
import { useMilestoneText } from '../../milestone/hooks/useMilestoneText';

/**
 * Overdue and due-soon milestones, most urgent first. `projectIds` narrows them to the filtered
 * portfolio (null: the whole portfolio).
 */
export function MilestoneWatchList({ projectIds }: { projectIds: string[] | null }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const none = projectIds !== null && projectIds.length === 0;
  const { data, error, loading, refetch } = useQuery(DashboardMilestonesDocument, {
    variables: {
      filter: { state: ['OVERDUE', 'DUE_SOON'], ...(projectIds ? { projectId: projectIds } : {}) },
    },
    skip: none,
    fetchPolicy: 'cache-and-network',
  });
  const milestones = [...(data?.milestones.nodes ?? [])].sort((a, b) =>
    (a.forecastDate ?? a.plannedDate).localeCompare(b.forecastDate ?? b.plannedDate),
  );

  return (
    <section aria-labelledby="watch-heading" className="card">
      <h2 id="watch-heading">{t('dashboard.milestones')}</h2>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && !none && <Loading />}
      {(none || (data && milestones.length === 0)) && <p>{t('dashboard.milestones.none')}</p>}
      {milestones.length > 0 && (
        <TableWrap label={t('dashboard.milestones')}>
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.milestones')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestone.project')}</th>
                <th scope="col">{t('milestone.title')}</th>
                <th scope="col">{t('milestone.due')}</th>
                <th scope="col">{t('milestone.state')}</th>
                <th scope="col">{t('milestone.slip')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <td>
                    <Link to={`/projekte/${encodeURIComponent(milestone.project.code)}`}>
                      {milestone.project.code} <span lang={lang}>{milestone.project.title}</span>
                    </Link>
                  </td>
                  <td lang={lang}>{milestone.title}</td>
                  <td>{format.date(milestone.forecastDate ?? milestone.plannedDate)}</td>
                  <td>
                    <MilestoneStateBadge state={milestone.state} />
                  </td>
                  <td>{text.slip(milestone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {data && data.milestones.totalCount > milestones.length && (
        <p>{n('dashboard.milestones.more', data.milestones.totalCount - milestones.length)}</p>
      )}
    </section>
  );
}
