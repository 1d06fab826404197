import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { TableWrap } from '../../../ui/TableWrap';

/** A project's risks with probability, impact, status and what is done about them. */
export function ProjectRisks({ risks }: { risks: ProjectDetailFragment['risks'] }) {
  const { t } = useI18n();
  const lang = useContentLang();
  return (
    <section id="risks" aria-labelledby="risks-heading" className="card">
      <h2 id="risks-heading">{t('project.section.risks')}</h2>
      {risks.length === 0 ? (
        <p>{t('risk.none')}</p>
      ) : (
        <TableWrap label={t('project.section.risks')}>
          <table className="table">
            <caption className="visually-hidden">{t('project.section.risks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('risk.title')}</th>
                <th scope="col">{t('risk.probability')}</th>
                <th scope="col">{t('risk.impact')}</th>
                <th scope="col">{t('risk.status')}</th>
                <th scope="col">{t('risk.mitigation')}</th>
                <th scope="col">{t('risk.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <th scope="row" lang={lang}>
                    {risk.title}
                    {risk.description && <span className="cell-note">{risk.description}</span>}
                  </th>
                  <td>
                    <span className={`level level-${risk.probability}`}>{t(`riskLevel.${risk.probability}`)}</span>
                  </td>
                  <td>
                    <span className={`level level-${risk.impact}`}>{t(`riskLevel.${risk.impact}`)}</span>
                  </td>
                  <td>{t(`riskStatus.${risk.status}`)}</td>
                  <td className="prewrap" lang={risk.mitigation ? lang : undefined}>
                    {risk.mitigation ?? t('format.none')}
                  </td>
                  <td>{risk.owner?.name ?? t('format.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
