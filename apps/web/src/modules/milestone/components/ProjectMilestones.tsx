import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { MilestoneTimeline } from '../../../ui/charts/MilestoneTimeline';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { TimelineLegend } from './TimelineLegend';
import { useMilestoneText } from '../hooks/useMilestoneText';
import { useMonthFormat } from '../hooks/useMonthFormat';
import { TableWrap } from '../../../ui/TableWrap';

/** A project's milestones: baseline against forecast on a time axis, and every date in a table. */
export function ProjectMilestones({ milestones }: { milestones: readonly ProjectMilestoneFragment[] }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const formatMonth = useMonthFormat();
  const title = t('project.section.milestones');
  return (
    <section id="milestones" aria-labelledby="milestones-heading" className="card">
      <h2 id="milestones-heading">{title}</h2>
      {milestones.length === 0 ? (
        <p>{t('milestone.none')}</p>
      ) : (
        <>
          <MilestoneTimeline
            label={n('milestone.timeline.label', milestones.length)}
            today={todayIso()}
            todayLabel={t('milestone.today')}
            formatMonth={formatMonth}
            rows={milestones.map((milestone) => ({
              id: milestone.id,
              label: milestone.title,
              plannedDate: milestone.plannedDate,
              dueDate: milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate,
              done: milestone.state === 'DONE',
              late: milestone.state === 'OVERDUE' || milestone.slipDays > 0,
            }))}
          />
          <TimelineLegend />
          <TableWrap label={title}>
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('milestone.title')}</th>
                  <th scope="col">{t('milestone.owner')}</th>
                  <th scope="col">{t('milestone.planned')}</th>
                  <th scope="col">{t('milestone.forecast')}</th>
                  <th scope="col">{t('milestone.completed')}</th>
                  <th scope="col">{t('milestone.slip')}</th>
                  <th scope="col">{t('milestone.state')}</th>
                </tr>
              </thead>
              <tbody>
                {milestones.map((milestone) => (
                  <tr key={milestone.id}>
                    <th scope="row" lang={lang}>
                      {milestone.title}
                      {milestone.description && <span className="cell-note">{milestone.description}</span>}
                    </th>
                    <td>{milestone.owner?.name ?? t('format.none')}</td>
                    <td className="nowrap">{format.date(milestone.plannedDate)}</td>
                    <td className="nowrap">{text.forecast(milestone)}</td>
                    <td className="nowrap">{format.date(milestone.completedDate)}</td>
                    <td className={milestone.slipDays > 0 || milestone.state === 'OVERDUE' ? 'slip-late' : undefined}>
                      {text.slip(milestone)}
                    </td>
                    <td>
                      <MilestoneStateBadge state={milestone.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
