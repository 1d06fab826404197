import { Link } from 'react-router';
import type { OrderDirection, ProjectOrderField, ProjectRowFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { HealthBadge } from '../../../ui/HealthBadge';
import { ProgressBar } from '../../../ui/ProgressBar';
import { TableWrap } from '../../../ui/TableWrap';
import { EndangeredBadge } from './Endangerment';

export function ProjectTable({
  projects,
  sort,
}: {
  projects: readonly ProjectRowFragment[];
  sort: { field: ProjectOrderField; direction: OrderDirection };
}) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const ariaSort = (field: ProjectOrderField) =>
    sort.field === field ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined;
  return (
    <TableWrap label={t('projects.title')}>
      <table className="table project-table">
        <caption className="visually-hidden">{t('projects.title')}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('CODE')}>
              {t('project.code')}
            </th>
            <th scope="col" aria-sort={ariaSort('TITLE')}>
              {t('project.title')}
            </th>
            <th scope="col" aria-sort={ariaSort('HEALTH')}>
              {t('project.health')}
            </th>
            <th scope="col">{t('project.phase')}</th>
            <th scope="col">{t('project.progress')}</th>
            <th scope="col">{t('project.field')}</th>
            <th scope="col">{t('project.lead')}</th>
            <th scope="col" aria-sort={ariaSort('PLANNED_END_DATE')}>
              {t('project.plannedEndDate')}
            </th>
            <th scope="col">{t('project.nextMilestone')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <td className="nowrap">{project.code}</td>
              <td>
                <Link to={`/projekte/${encodeURIComponent(project.code)}`} lang={lang}>
                  {project.title}
                </Link>
                {project.archivedAt && <span className="badge badge-archived">{t('archive.badge')}</span>}
                <EndangeredBadge endangerments={project.endangeredBy} />
                {project.tags.length > 0 && (
                  <span className="tags">
                    <span className="visually-hidden">{t('project.tags')}: </span>
                    {project.tags.map((tag) => (
                      <span key={tag} className="tag" lang={lang}>
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td>
                <HealthBadge health={project.health} reported={project.latestStatus !== null} />
              </td>
              <td>{t(`phase.${project.phase}`)}</td>
              <td>
                <ProgressBar value={project.progress} />
              </td>
              <td lang={project.field ? lang : undefined}>{project.field?.name ?? t('format.none')}</td>
              <td>{project.lead?.name ?? t('format.none')}</td>
              <td className="nowrap">{format.date(project.plannedEndDate)}</td>
              <td>
                {project.nextMilestone ? (
                  <>
                    <span lang={lang}>{project.nextMilestone.title}</span>{' '}
                    <span className="nowrap">
                      ({format.date(project.nextMilestone.forecastDate ?? project.nextMilestone.plannedDate)})
                    </span>
                  </>
                ) : (
                  t('format.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
