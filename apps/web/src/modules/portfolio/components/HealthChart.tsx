import { Link } from 'react-router';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { filterQuery, ProjectFilterState } from '../../project/filter-url';
import { healthSlices, sliceFilter } from '../health-slices';
import { ChartCard } from './ChartCard';
import { HealthSliceBars, useHealthSliceLabel } from './HealthSliceBars';

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
  const label = useHealthSliceLabel();
  const title = t('dashboard.byHealth');
  return (
    <ChartCard
      id="by-health"
      title={title}
      chart={<HealthSliceBars label={title} slices={slices} formatValue={(value) => format.number(value)} />}
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
