import { Link } from 'react-router';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { HealthIcon } from '../../../ui/HealthBadge';
import { filterQuery, ProjectFilterState } from '../../project/filter-url';
import { healthSlices, sliceFilter } from '../health-slices';
import { ChartCard } from './ChartCard';

export function HealthChart({
  byHealth,
  notReported,
  filter,
}: {
  byHealth: DashboardQuery['portfolioSummary']['byHealth'];
  notReported: number;
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const slices = healthSlices(byHealth, notReported);
  const label = (health: (typeof slices)[number]['health']) =>
    health === 'NONE' ? t('health.notReported') : t(`health.${health}`);
  const title = t('dashboard.byHealth');
  return (
    <ChartCard
      id="by-health"
      title={title}
      chart={
        <BarChart
          label={title}
          formatValue={(value) => format.number(value)}
          bars={slices.map(({ health, count }) => ({
            key: health,
            label: label(health),
            value: count,
            fill: `fill-${health}`,
            icon: <HealthIcon health={health} />,
          }))}
        />
      }
      table={
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('project.health')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.projects')}
              </th>
            </tr>
          </thead>
          <tbody>
            {slices.map(({ health, count }) => (
              <tr key={health}>
                <th scope="row">
                  <Link to={`/projekte${filterQuery(sliceFilter(filter, health))}`}>{label(health)}</Link>
                </th>
                <td className="numeric" data-health={health}>
                  {format.number(count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
