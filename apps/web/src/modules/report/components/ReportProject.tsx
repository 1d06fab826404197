import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { HealthBadge } from '../../../ui/HealthBadge';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { TableWrap } from '../../../ui/TableWrap';
import { EndangeredNotice } from '../../project/components/Endangerment';
import { countMilestones, kpiAttainment, ReportProject as Project } from '../report';

/** One project as it stood on the Stichtag. */
export function ReportProject({ project }: { project: Project }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const counts = countMilestones(project.milestones);
  const headingId = `report-project-${project.code}`;
  const milestonesTitle = t('report.milestones', { code: project.code });
  const kpisTitle = t('report.kpis', { code: project.code });
  return (
    <article className="report-project" aria-labelledby={headingId} data-code={project.code}>
      <h3 id={headingId}>
        {project.code} <span lang={lang}>{project.title}</span>
      </h3>
      <dl className="report-facts">
        <div>
          <dt>{t('report.health')}</dt>
          <dd className="report-health">
            <HealthBadge health={project.health} reported={project.latestStatus !== null} />
          </dd>
        </div>
        <div>
          <dt>{t('report.phase')}</dt>
          <dd>{t(`phase.${project.phase}`)}</dd>
        </div>
        <div>
          <dt>{t('report.progress')}</dt>
          <dd className="nowrap">{format.percent(project.progress)}</dd>
        </div>
        <div>
          <dt>{t('budget.planned')}</dt>
          <dd className="nowrap">{format.money(project.budget.planned, project.budget.currency)}</dd>
        </div>
        <div>
          <dt>{t('budget.spent')}</dt>
          <dd className="nowrap">{format.money(project.budget.spent, project.budget.currency)}</dd>
        </div>
      </dl>
      <EndangeredNotice endangerments={project.endangeredBy} />
      {project.latestStatus ? (
        <p className="report-status">
          <span className="report-status-date">
            {t('report.latestStatus', { date: format.date(project.latestStatus.createdAt.slice(0, 10)) })}
          </span>{' '}
          <span lang={lang}>{project.latestStatus.summary}</span>
        </p>
      ) : (
        <p className="report-status muted">{t('report.noStatus')}</p>
      )}
      {project.milestones.length === 0 ? (
        <p className="muted">{t('report.milestones.none')}</p>
      ) : (
        <>
          <p className="report-counts">
            {[
              n('report.milestones.done', counts.done),
              n('report.milestones.overdue', counts.overdue),
              n('report.milestones.upcoming', counts.upcoming),
              n('report.milestones.slipped', counts.slipped),
            ].join(' · ')}
          </p>
          <TableWrap label={milestonesTitle}>
            <table className="table table-compact report-table">
              <caption className="visually-hidden">{milestonesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('milestone.title')}</th>
                  <th scope="col">{t('milestone.planned')}</th>
                  <th scope="col">{t('milestone.forecast')}</th>
                  <th scope="col">{t('milestone.completed')}</th>
                  <th scope="col">{t('milestone.state')}</th>
                  <th scope="col">{t('milestone.slip')}</th>
                </tr>
              </thead>
              <tbody>
                {project.milestones.map((milestone) => (
                  <tr key={milestone.id}>
                    <th scope="row" lang={lang}>
                      {milestone.title}
                    </th>
                    <td className="nowrap">{format.date(milestone.plannedDate)}</td>
                    <td className="nowrap">{format.date(milestone.forecastDate)}</td>
                    <td className="nowrap">{format.date(milestone.completedDate)}</td>
                    <td className="nowrap">
                      <MilestoneStateBadge state={milestone.state} />
                    </td>
                    <td className="nowrap">{format.slip(milestone.slipDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {project.kpis.length > 0 && (
        <TableWrap label={kpisTitle}>
          <table className="table table-compact report-table">
            <caption className="report-caption">{t('report.kpis.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.kpi.name')}</th>
                <th scope="col" className="numeric">
                  {t('report.kpi.value')}
                </th>
                <th scope="col">{t('report.kpi.measured')}</th>
                <th scope="col" className="numeric">
                  {t('report.kpi.target')}
                </th>
                <th scope="col" className="numeric">
                  {t('report.kpi.attainment')}
                </th>
              </tr>
            </thead>
            <tbody>
              {project.kpis.map((kpi) => {
                const attainment = kpiAttainment(kpi);
                return (
                  <tr key={kpi.id}>
                    <th scope="row" lang={lang}>
                      {kpi.name}
                    </th>
                    <td className="numeric nowrap">
                      {kpi.latest ? `${format.number(kpi.latest.value)} ${kpi.unit}` : t('format.none')}
                    </td>
                    <td className="nowrap">{format.date(kpi.latest?.date)}</td>
                    <td className="numeric nowrap">
                      {kpi.target === null ? t('format.none') : `${format.number(kpi.target)} ${kpi.unit}`}
                    </td>
                    <td className="numeric nowrap">
                      {attainment === null ? t('format.none') : format.percent(attainment)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </article>
  );
}
