import { useNavigate } from 'react-router';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { HealthBadge } from '../../../ui/HealthBadge';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { TableWrap } from '../../../ui/TableWrap';
import { followInApp } from '../../../ui/followInApp';
import { dayNumber } from '../../../ui/charts/scales';
import { useMilestoneText } from '../hooks/useMilestoneText';
import { expectedEnd, groupKey, RoadmapViewProps } from './RoadmapChart';
import { RoadmapGroupHeading } from './RoadmapGroupHeading';

/**
 * The roadmap as text, grouped as the chart is: per field of action a table of its projects, each
 * with its start, planned and expected end, followed by its milestones.
 */
export function RoadmapTable({ groups, collapsed, onToggle, noFieldLabel }: RoadmapViewProps) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const navigate = useNavigate();

  return (
    <section
      aria-labelledby="roadmap-table-heading"
      className="card roadmap-card"
      onClick={(event) => followInApp(event, navigate)}
    >
      <h2 id="roadmap-table-heading">{t('roadmap.view.table')}</h2>
      {groups.map((group) => {
        const key = groupKey(group);
        const expanded = !collapsed.has(key);
        const name = group.name ?? noFieldLabel;
        const tableId = `roadmap-table-group-${key}`;
        return (
          <section key={key} className="roadmap-group" aria-label={name}>
            <RoadmapGroupHeading
              name={name}
              count={group.projects.length}
              expanded={expanded}
              controls={tableId}
              onToggle={() => onToggle(key)}
            />
            <div id={tableId} hidden={!expanded}>
              <TableWrap label={name}>
                <table className="table roadmap-table">
                  <caption className="visually-hidden">{name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('roadmap.col.item')}</th>
                      <th scope="col">{t('roadmap.col.start')}</th>
                      <th scope="col">{t('roadmap.col.planned')}</th>
                      <th scope="col">{t('roadmap.col.expected')}</th>
                      <th scope="col">{t('milestone.slip')}</th>
                      <th scope="col">{t('roadmap.col.state')}</th>
                    </tr>
                  </thead>
                  {group.projects.map((project) => {
                    const end = expectedEnd(project);
                    const slip =
                      end && project.plannedEndDate ? dayNumber(end) - dayNumber(project.plannedEndDate) : null;
                    return (
                      <tbody key={project.id}>
                        <tr className="roadmap-table-project">
                          <th scope="row">
                            <a href={`/projekte/${encodeURIComponent(project.code)}`}>
                              {project.code} <span lang={lang}>{project.title}</span>
                            </a>
                          </th>
                          <td className="nowrap">{format.date(project.startDate)}</td>
                          <td className="nowrap">{format.date(project.plannedEndDate)}</td>
                          <td className="nowrap">{format.date(end)}</td>
                          <td>{slip === null ? t('format.none') : format.slip(slip)}</td>
                          <td>
                            <HealthBadge health={project.health} reported={project.latestStatus !== null} />
                          </td>
                        </tr>
                        {project.milestones.map((milestone) => (
                          <tr key={milestone.id} className="roadmap-table-milestone">
                            <th scope="row" className="roadmap-table-indent">
                              <span lang={lang}>{milestone.title}</span>
                            </th>
                            <td>{t('format.none')}</td>
                            <td className="nowrap">{format.date(milestone.plannedDate)}</td>
                            <td className="nowrap">
                              {format.date(milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate)}
                            </td>
                            <td>{text.slip(milestone)}</td>
                            <td>
                              <MilestoneStateBadge state={milestone.state} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    );
                  })}
                </table>
              </TableWrap>
            </div>
          </section>
        );
      })}
    </section>
  );
}
