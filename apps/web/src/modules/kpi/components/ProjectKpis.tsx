import { useState } from 'react';
import type { ProjectKpiFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { LineChart } from '../../../ui/charts/LineChart';
import { FormPanel } from '../../../ui/form/FormPanel';
import { SavedNotice } from '../../../ui/form/SavedNotice';
import { TableWrap } from '../../../ui/TableWrap';
import type { ProjectEditor } from '../../project/project-editor';
import { KpiForm } from './KpiForm';
import { MeasurementForm } from './MeasurementForm';

type Panel = { kind: 'define' } | { kind: 'record'; kpiId: string };

const HEADING = 'kpis-heading';

/**
 * Each key figure as a line against its target, and its measurements as a table. Those who may
 * edit the project (`editor`) define key figures and record measurements here, and correct one
 * by recording its day again.
 */
export function ProjectKpis({
  kpis,
  editor = null,
}: {
  kpis: readonly ProjectKpiFragment[];
  editor?: ProjectEditor | null;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [saved, setSaved] = useState('');

  function done(message: string) {
    setPanel(null);
    setSaved(message);
  }
  function show(next: Panel) {
    setSaved('');
    setPanel(next);
  }

  return (
    <section id="kpis" aria-labelledby={HEADING} className="card">
      <div className="section-head">
        <h2 id={HEADING} tabIndex={-1}>
          {t('project.section.kpis')}
        </h2>
        {editor && (
          <button type="button" className="button-secondary" onClick={() => show({ kind: 'define' })}>
            {t('kpi.define')}
          </button>
        )}
      </div>
      {editor && <SavedNotice message={saved} />}
      {editor && panel?.kind === 'define' && (
        <FormPanel title={t('kpi.new')} fallbackFocusId={HEADING}>
          <KpiForm
            editor={editor}
            onSaved={(name) => done(t('kpi.defined', { name }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {kpis.length === 0 && <p>{t('kpi.none')}</p>}
      {kpis.map((kpi) => {
        const value = (number: number) => `${format.number(number)} ${kpi.unit}`;
        const label = t('kpi.chart.label', {
          name: kpi.name,
          latest: kpi.latest ? value(kpi.latest.value) : t('format.none'),
          target: kpi.target != null ? value(kpi.target) : t('format.none'),
        });
        const headingId = `kpi-${kpi.id}`;
        return (
          <section key={kpi.id} aria-labelledby={headingId} className="kpi">
            <div className="section-head">
              <h3 id={headingId} lang={lang} tabIndex={-1}>
                {kpi.name} <span className="muted">({kpi.unit})</span>
              </h3>
              {editor && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('kpi.recordFor', { name: kpi.name })}
                  onClick={() => show({ kind: 'record', kpiId: kpi.id })}
                >
                  {t('kpi.record')}
                </button>
              )}
            </div>
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
            {editor && panel?.kind === 'record' && panel.kpiId === kpi.id && (
              <FormPanel title={t('kpi.recordTitle', { name: kpi.name })} fallbackFocusId={headingId}>
                <MeasurementForm kpi={kpi} onSaved={done} onCancel={() => setPanel(null)} />
              </FormPanel>
            )}
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
