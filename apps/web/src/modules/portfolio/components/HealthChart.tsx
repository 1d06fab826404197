import { Link } from 'react-router';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { HealthIcon } from '../../../ui/HealthBadge';
import { filterQuery, HEALTHS, ProjectFilterState } from '../../project/filter-url';
import { ChartCard } from './ChartCard';

export function HealthChart({
  byHealth,
  filter,
}: {
  byHealth: DashboardQuery['portfolioSummary']['byHealth'];
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const count = (health: string) => byHealth.find((entry) => entry.health === health)?.count ?? 0;
  const title = t('dashboard.byHealth');
  return (
    <ChartCard
      id="by-health"
      title={title}
      chart={
        <BarChart
          label={title}
          formatValue={(value) => format.number(value)}
          bars={HEALTHS.map((health) => ({
            key: health,
            label: t(`health.${health}`),
            value: count(health),
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
            {HEALTHS.map((health) => (
              <tr key={health}>
                <th scope="row">
                  <Link to={`/projekte${filterQuery({ ...filter, health: [health] })}`}>{t(`health.${health}`)}</Link>
                </th>
                <td className="numeric" data-health={health}>
                  {format.number(count(health))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
