import type { ReportSummaryQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { TableWrap } from '../../../ui/TableWrap';
import { HealthSliceBars, useHealthSliceLabel } from '../../portfolio/components/HealthSliceBars';
import { healthSlices } from '../../portfolio/health-slices';

/** The portfolio's figures as of the Stichtag: each chart followed by its table. */
export function ReportSummary({ summary }: { summary: ReportSummaryQuery['portfolioSummary'] }) {
  const { t } = useI18n();
  const format = useFormat();
  const healthTitle = t('report.byHealth');
  const phaseTitle = t('report.byPhase');
  // The projects never reported on by the Stichtag as a slice of their own, as on the dashboard.
  const slices = healthSlices(summary.byHealth, summary.notReported);
  const healthLabel = useHealthSliceLabel();
  return (
    <section id="report-summary" aria-labelledby="report-summary-heading" className="report-section">
      <h2 id="report-summary-heading">{t('report.summary')}</h2>
      <dl className="key-figures">
        <div>
          <dt>{t('dashboard.projects')}</dt>
          <dd>{format.number(summary.projectCount)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.milestonesOverdue')}</dt>
          <dd>{format.number(summary.milestonesOverdue)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.milestonesDueSoon')}</dt>
          <dd>{format.number(summary.milestonesDueSoon)}</dd>
        </div>
        <div>
          <dt>{t('budget.planned')}</dt>
          <dd className="nowrap">{format.money(summary.budgetPlanned)}</dd>
        </div>
        <div>
          <dt>{t('budget.spent')}</dt>
          <dd className="nowrap">{format.money(summary.budgetSpent)}</dd>
        </div>
      </dl>
      <div className="report-charts">
        <figure className="report-figure">
          <figcaption>{healthTitle}</figcaption>
          <HealthSliceBars label={healthTitle} slices={slices} formatValue={(value) => format.number(value, 0)} />
          <TableWrap label={healthTitle}>
            <table className="table table-compact">
              <caption className="visually-hidden">{healthTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.health')}</th>
                  <th scope="col" className="numeric">
                    {t('dashboard.projects')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {slices.map((entry) => (
                  <tr key={entry.health}>
                    <th scope="row">{healthLabel(entry.health)}</th>
                    <td className="numeric" data-health={entry.health}>
                      {format.number(entry.count, 0)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </figure>
        <figure className="report-figure">
          <figcaption>{phaseTitle}</figcaption>
          <BarChart
            label={phaseTitle}
            formatValue={(value) => format.number(value, 0)}
            bars={summary.byPhase.map((entry) => ({
              key: entry.phase,
              label: t(`phase.${entry.phase}`),
              value: entry.count,
            }))}
          />
          <TableWrap label={phaseTitle}>
            <table className="table table-compact">
              <caption className="visually-hidden">{phaseTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.phase')}</th>
                  <th scope="col" className="numeric">
                    {t('dashboard.projects')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.byPhase.map((entry) => (
                  <tr key={entry.phase}>
                    <th scope="row">{t(`phase.${entry.phase}`)}</th>
                    <td className="numeric">{format.number(entry.count, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </figure>
      </div>
    </section>
  );
}
