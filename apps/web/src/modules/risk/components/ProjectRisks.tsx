import { useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import type { ProjectRiskFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormPanel } from '../../../ui/form/FormPanel';
import { SavedNotice } from '../../../ui/form/SavedNotice';
import { TableWrap } from '../../../ui/TableWrap';
import type { ProjectEditor } from '../../project/project-editor';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useUpdateRisk } from '../hooks/useUpdateRisk';
import { RiskForm } from './RiskForm';
import { RiskMatrix } from './RiskMatrix';

type Panel = { kind: 'add' } | { kind: 'edit'; id: string };

const HEADING = 'risks-heading';

/**
 * A project's risks on a probability × impact matrix (with its table), and each with
 * probability, impact, status, what is done about it and who owns it. Those who may edit the
 * project (`editor`) add, edit and close them here.
 */
export function ProjectRisks({
  risks,
  editor = null,
}: {
  risks: readonly ProjectRiskFragment[];
  editor?: ProjectEditor | null;
}) {
  const { t } = useI18n();
  const lang = useContentLang();
  const updateRisk = useUpdateRisk();
  const reload = useReloadProject();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [saved, setSaved] = useState('');
  const [closing, setClosing] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ conflict: string } | { error: unknown } | null>(null);
  const open = panel?.kind === 'edit' ? risks.find((risk) => risk.id === panel.id) : undefined;

  function show(next: Panel) {
    setSaved('');
    setProblem(null);
    setPanel(next);
  }
  function done(message: string) {
    setPanel(null);
    setSaved(message);
  }

  async function close(risk: ProjectRiskFragment) {
    setSaved('');
    setProblem(null);
    setClosing(risk.id);
    try {
      await updateRisk({ id: risk.id, expectedVersion: risk.version, status: 'CLOSED' });
      setSaved(t('risk.closed', { title: risk.title }));
      // The button went with the open risk: the focus goes to the section rather than the page.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body) document.getElementById(HEADING)?.focus();
      });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        await reload();
        setProblem({ conflict: risk.title });
      } else setProblem({ error });
    } finally {
      setClosing(null);
    }
  }

  return (
    <section id="risks" aria-labelledby={HEADING} className="card">
      <div className="section-head">
        <h2 id={HEADING} tabIndex={-1}>
          {t('project.section.risks')}
        </h2>
        {editor && (
          <button type="button" className="button-secondary" onClick={() => show({ kind: 'add' })}>
            {t('risk.add')}
          </button>
        )}
      </div>
      {editor && <SavedNotice message={saved} />}
      {problem && 'conflict' in problem && (
        <p role="alert" className="notice notice-warning">
          {t('risk.closeConflict', { title: problem.conflict })}
        </p>
      )}
      {problem && 'error' in problem && <ErrorNotice error={problem.error} />}
      {editor && panel?.kind === 'add' && (
        <FormPanel title={t('risk.new')} fallbackFocusId={HEADING}>
          <RiskForm
            editor={editor}
            onSaved={(title) => done(t('risk.added', { title }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {risks.length === 0 ? (
        <p>{t('risk.none')}</p>
      ) : (
        <>
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
                  {editor && <th scope="col">{t('milestone.actions')}</th>}
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
                    {editor && (
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t('risk.editFor', { title: risk.title })}
                            onClick={() => show({ kind: 'edit', id: risk.id })}
                          >
                            {t('action.edit')}
                          </button>
                          {risk.status !== 'CLOSED' && (
                            <button
                              type="button"
                              className="button-secondary button-small"
                              aria-label={t('risk.closeFor', { title: risk.title })}
                              disabled={closing === risk.id}
                              onClick={() => void close(risk)}
                            >
                              {t('risk.close')}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {editor && open && (
            <FormPanel key={open.id} title={t('risk.editTitle', { title: open.title })} fallbackFocusId={HEADING}>
              <RiskForm
                editor={editor}
                risk={open}
                onSaved={(title) => done(t('risk.saved', { title }))}
                onCancel={() => setPanel(null)}
              />
            </FormPanel>
          )}
          <RiskMatrix risks={risks} />
        </>
      )}
    </section>
  );
}
