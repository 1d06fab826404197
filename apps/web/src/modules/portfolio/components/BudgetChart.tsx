import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { ChartCard } from './ChartCard';

/** Planned against spent. Bar lengths use floats; every figure shown is the exact decimal. */
export function BudgetChart({ planned, spent }: { planned: string; spent: string }) {
  const { t } = useI18n();
  const format = useFormat();
  const title = t('dashboard.budget');
  const plannedValue = Number(planned);
  const spentValue = Number(spent);
  const share = plannedValue > 0 ? Math.round((spentValue / plannedValue) * 100) : null;
  return (
    <ChartCard
      id="budget"
      title={title}
      chart={
        <BarChart
          label={title}
          formatValue={(value) => format.number(value)}
          bars={[
            {
              key: 'planned',
              label: t('budget.planned'),
              value: plannedValue,
              display: format.money(planned),
              fill: 'fill-planned',
            },
            {
              key: 'spent',
              label: t('budget.spent'),
              value: spentValue,
              display: format.money(spent),
              fill: 'fill-spent',
            },
          ]}
        />
      }
      table={
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('budget.planned')}</th>
              <td className="numeric">{format.money(planned)}</td>
            </tr>
            <tr>
              <th scope="row">{t('budget.spent')}</th>
              <td className="numeric">{format.money(spent)}</td>
            </tr>
            <tr>
              <th scope="row">{t('budget.share')}</th>
              <td className="numeric">{share === null ? t('format.none') : format.percent(share)}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
