import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { StackedBarChart } from '../../../ui/charts/StackedBarChart';
import { HealthIcon } from '../../../ui/HealthBadge';
import { Link } from 'react-router';
import { filterQuery, ProjectFilterState } from '../../project/filter-url';
import { HEALTH_SLICES, HealthSlice, healthSlices, sliceFilter } from '../health-slices';
import { ChartCard } from './ChartCard';
import { useHealthSliceLabel } from './HealthSliceBars';

export function FieldHealthChart({
  byField,
  filter,
}: {
  byField: DashboardQuery['portfolioSummary']['byField'];
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const title = t('dashboard.byField');
  const rows = byField.map((entry) => ({
    key: entry.field.id,
    label: entry.field.name,
    total: entry.projectCount,
    values: Object.fromEntries(
      healthSlices(entry.byHealth, entry.notReported).map(({ health, count }) => [health, count]),
    ) as Record<HealthSlice, number>,
  }));
  const label = useHealthSliceLabel();
  return (
    <ChartCard
      id="by-field"
      title={title}
      wide
      chart={
        rows.length === 0 ? (
          <p>{t('dashboard.noFields')}</p>
        ) : (
          <StackedBarChart
            label={title}
            rows={rows}
            formatValue={(value) => format.number(value)}
            series={HEALTH_SLICES.map((health) => ({
              key: health,
              label: label(health),
              fill: `fill-${health}`,
              icon: <HealthIcon health={health} />,
            }))}
          />
        )
      }
      table={
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('project.field')}</th>
              {HEALTH_SLICES.map((health) => (
                <th scope="col" className="numeric" key={health}>
                  {label(health)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('dashboard.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" lang={lang}>
                  <Link to={`/projekte${filterQuery({ ...filter, fieldId: [row.key] })}`}>{row.label}</Link>
                </th>
                {HEALTH_SLICES.map((health) => (
                  <td className="numeric" key={health}>
                    <Link to={`/projekte${filterQuery(sliceFilter({ ...filter, fieldId: [row.key] }, health))}`}>
                      {format.number(row.values[health])}
                    </Link>
                  </td>
                ))}
                <td className="numeric">
                  <Link to={`/projekte${filterQuery({ ...filter, fieldId: [row.key] })}`}>
                    {format.number(row.total)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
