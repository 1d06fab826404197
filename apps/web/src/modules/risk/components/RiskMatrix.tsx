import type { ProjectRiskFragment, RiskLevel } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { TableWrap } from '../../../ui/TableWrap';
import { RISK_LEVELS } from './RiskForm';

const RANK: Record<RiskLevel, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

/** How serious a cell of the matrix is: probability × impact, 1–2 low, 3–4 medium, 6–9 high. */
export function severity(probability: RiskLevel, impact: RiskLevel): RiskLevel {
  const score = RANK[probability] * RANK[impact];
  return score >= 6 ? 'HIGH' : score >= 3 ? 'MEDIUM' : 'LOW';
}

/**
 * The risks that are not closed on a 3×3 grid, probability upwards and impact to the right, each
 * cell with its number of risks and shaded by how serious it is (the shade has a word and, in
 * contrast themes, a pattern too). For assistive technology the grid is one image whose name says
 * every count; the table beside it holds the same cells with the risks' titles.
 */
export function RiskMatrix({ risks }: { risks: readonly ProjectRiskFragment[] }) {
  const { t, n } = useI18n();
  const lang = useContentLang();
  const open = risks.filter((risk) => risk.status !== 'CLOSED');
  const inCell = (probability: RiskLevel, impact: RiskLevel) =>
    open.filter((risk) => risk.probability === probability && risk.impact === impact);
  const rows = [...RISK_LEVELS].reverse();
  const title = t('risk.matrix.title');
  const description = `${n('risk.matrix.label', open.length)} ${rows
    .flatMap((probability) =>
      RISK_LEVELS.map((impact) =>
        t('risk.matrix.cell', {
          probability: t(`riskLevel.${probability}`),
          impact: t(`riskLevel.${impact}`),
          count: inCell(probability, impact).length,
        }),
      ),
    )
    .join('; ')}.`;
  return (
    <div className="risk-matrix-block">
      <h3>{title}</h3>
      <div className="risk-matrix" role="img" aria-label={description}>
        <span className="risk-axis risk-axis-y" aria-hidden="true">
          {t('risk.probability')} →
        </span>
        <div className="risk-grid" aria-hidden="true">
          {rows.map((probability) => (
            <div className="risk-grid-row" key={probability}>
              <span className="risk-grid-label">{t(`riskLevel.${probability}`)}</span>
              {RISK_LEVELS.map((impact) => {
                const count = inCell(probability, impact).length;
                const level = severity(probability, impact);
                return (
                  <span key={impact} className={`risk-cell risk-cell-${level}${count > 0 ? ' risk-cell-filled' : ''}`}>
                    <span className="risk-cell-count">{count}</span>
                  </span>
                );
              })}
            </div>
          ))}
          <div className="risk-grid-row risk-grid-foot">
            <span className="risk-grid-label" />
            {RISK_LEVELS.map((impact) => (
              <span key={impact} className="risk-grid-label">
                {t(`riskLevel.${impact}`)}
              </span>
            ))}
          </div>
        </div>
        <span className="risk-axis risk-axis-x" aria-hidden="true">
          {t('risk.impact')} →
        </span>
      </div>
      <TableWrap label={title}>
        <table className="table table-compact risk-matrix-table">
          <caption>{t('risk.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('risk.matrix.corner')}</span>
              </th>
              {RISK_LEVELS.map((impact) => (
                <th scope="col" key={impact}>
                  {t('risk.matrix.impact', { level: t(`riskLevel.${impact}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((probability) => (
              <tr key={probability}>
                <th scope="row">{t('risk.matrix.probability', { level: t(`riskLevel.${probability}`) })}</th>
                {RISK_LEVELS.map((impact) => {
                  const here = inCell(probability, impact);
                  return (
                    <td key={impact} data-severity={severity(probability, impact)}>
                      <span className="visually-hidden">
                        {t('risk.matrix.severity', { level: t(`riskLevel.${severity(probability, impact)}`) })}:{' '}
                      </span>
                      {here.length === 0 ? (
                        t('format.none')
                      ) : (
                        <ul className="plain-list">
                          {here.map((risk) => (
                            <li key={risk.id} lang={lang}>
                              {risk.title}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
