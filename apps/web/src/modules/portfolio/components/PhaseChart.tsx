import { Link } from 'react-router';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { filterQuery, PHASES, ProjectFilterState } from '../../project/filter-url';
import { ChartCard } from './ChartCard';

export function PhaseChart({
  byPhase,
  filter,
}: {
  byPhase: DashboardQuery['portfolioSummary']['byPhase'];
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const count = (phase: string) => byPhase.find((entry) => entry.phase === phase)?.count ?? 0;
  const title = t('dashboard.byPhase');
  return (
    <ChartCard
      id="by-phase"
      title={title}
      chart={
        <BarChart
          label={title}
          formatValue={(value) => format.number(value)}
          bars={PHASES.map((phase) => ({ key: phase, label: t(`phase.${phase}`), value: count(phase) }))}
        />
      }
      table={
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('project.phase')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.projects')}
              </th>
            </tr>
          </thead>
          <tbody>
            {PHASES.map((phase) => (
              <tr key={phase}>
                <th scope="row">
                  <Link to={`/projekte${filterQuery({ ...filter, phase: [phase] })}`}>{t(`phase.${phase}`)}</Link>
                </th>
                <td className="numeric">{format.number(count(phase))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
