import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { StackedBarChart } from '../../../ui/charts/StackedBarChart';
import { HealthIcon } from '../../../ui/HealthBadge';
import { HEALTHS } from '../../project/filter-url';
import { ChartCard } from './ChartCard';

export function FieldHealthChart({ byField }: { byField: DashboardQuery['portfolioSummary']['byField'] }) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const title = t('dashboard.byField');
  const rows = byField.map((entry) => ({
    key: entry.field.id,
    label: entry.field.name,
    total: entry.projectCount,
    values: Object.fromEntries(
      HEALTHS.map((health) => [health, entry.byHealth.find((h) => h.health === health)?.count ?? 0]),
    ),
  }));
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
            series={HEALTHS.map((health) => ({
              key: health,
              label: t(`health.${health}`),
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
              {HEALTHS.map((health) => (
                <th scope="col" className="numeric" key={health}>
                  {t(`health.${health}`)}
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
                  {row.label}
                </th>
                {HEALTHS.map((health) => (
                  <td className="numeric" key={health}>
                    {format.number(row.values[health])}
                  </td>
                ))}
                <td className="numeric">{format.number(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
