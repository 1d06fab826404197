import type { ProjectKpiFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { LineChart } from '../../../ui/charts/LineChart';
import { TableWrap } from '../../../ui/TableWrap';

/** Each key figure as a line against its target, and its measurements as a table. */
export function ProjectKpis({ kpis }: { kpis: readonly ProjectKpiFragment[] }) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  return (
    <section id="kpis" aria-labelledby="kpis-heading" className="card">
      <h2 id="kpis-heading">{t('project.section.kpis')}</h2>
      {kpis.length === 0 && <p>{t('kpi.none')}</p>}
      {kpis.map((kpi) => {
        const value = (number: number) => `${format.number(number)} ${kpi.unit}`;
        const label = t('kpi.chart.label', {
          name: kpi.name,
          latest: kpi.latest ? value(kpi.latest.value) : t('format.none'),
          target: kpi.target != null ? value(kpi.target) : t('format.none'),
        });
        return (
          <section key={kpi.id} aria-labelledby={`kpi-${kpi.id}`} className="kpi">
            <h3 id={`kpi-${kpi.id}`} lang={lang}>
              {kpi.name} <span className="muted">({kpi.unit})</span>
            </h3>
            <dl className="facts facts-inline">
              <dt>{t('kpi.baseline')}</dt>
              <dd>{kpi.baseline != null ? value(kpi.baseline) : t('format.none')}</dd>
              <dt>{t('kpi.target')}</dt>
              <dd>{kpi.target != null ? value(kpi.target) : t('format.none')}</dd>
              <dt>{t('kpi.latest')}</dt>
              <dd>
                {kpi.latest
                  ? t('kpi.latestValue', { value: value(kpi.latest.value), date: format.date(kpi.latest.date) })
                  : t('format.none')}
              </dd>
            </dl>
            {kpi.measurements.length > 0 && (
              <div className="kpi-body">
                <LineChart
                  label={label}
                  points={kpi.measurements}
                  target={kpi.target}
                  baseline={kpi.baseline}
                  formatValue={(number) => format.number(number)}
                  formatDate={format.date}
                  targetLabel={t('kpi.target')}
                  baselineLabel={t('kpi.baseline')}
                />
                <TableWrap label={t('kpi.measurements', { name: kpi.name, unit: kpi.unit })}>
                  {/* The values without their unit, which the heading and the column name give: at
                      320 px (a phone, or 200 % zoom) the three columns fit the card. */}
                  <table className="table table-compact kpi-table">
                    <caption className="visually-hidden">
                      {t('kpi.measurements', { name: kpi.name, unit: kpi.unit })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('kpi.date')}</th>
                        <th scope="col" className="numeric">
                          {t('kpi.value')}
                          <span className="visually-hidden"> ({kpi.unit})</span>
                        </th>
                        <th scope="col">{t('kpi.note')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {kpi.measurements.map((measurement, index) => (
                        <tr key={`${measurement.date}-${index}`}>
                          <td className="nowrap">{format.date(measurement.date)}</td>
                          <td className="numeric">{format.number(measurement.value)}</td>
                          <td lang={lang}>{measurement.note ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
