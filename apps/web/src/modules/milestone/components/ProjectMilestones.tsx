import { useState } from 'react';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { MilestoneTimeline } from '../../../ui/charts/MilestoneTimeline';
import { FormPanel } from '../../../ui/form/FormPanel';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { SavedNotice } from '../../../ui/form/SavedNotice';
import { TableWrap } from '../../../ui/TableWrap';
import type { ProjectEditor } from '../../project/project-editor';
import { useMilestoneText } from '../hooks/useMilestoneText';
import { useMonthFormat } from '../hooks/useMonthFormat';
import { CompleteMilestoneForm } from './CompleteMilestoneForm';
import { DeleteMilestoneDialog } from './DeleteMilestoneDialog';
import { MilestoneForm } from './MilestoneForm';
import { RebaselineList } from './RebaselineList';
import { RebaselineMilestoneForm } from './RebaselineMilestoneForm';
import { TimelineLegend } from './TimelineLegend';

type Panel = { kind: 'add' } | { kind: 'edit' | 'complete' | 'rebaseline'; id: string };

const HEADING = 'milestones-heading';

/**
 * A project's milestones: baseline against forecast on a time axis, and every date in a table,
 * earlier baselines included. Those who may edit the project (`editor`) add, edit, complete,
 * re-baseline and delete them here.
 */
export function ProjectMilestones({
  milestones,
  editor = null,
}: {
  milestones: readonly ProjectMilestoneFragment[];
  editor?: ProjectEditor | null;
}) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const formatMonth = useMonthFormat();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [deleting, setDeleting] = useState<ProjectMilestoneFragment | null>(null);
  const [saved, setSaved] = useState('');
  const title = t('project.section.milestones');
  const open = panel && panel.kind !== 'add' ? milestones.find((milestone) => milestone.id === panel.id) : undefined;

  function done(message: string) {
    setPanel(null);
    setSaved(message);
  }
  function show(next: Panel) {
    setSaved('');
    setPanel(next);
  }

  return (
    <section id="milestones" aria-labelledby={HEADING} className="card">
      <div className="section-head">
        <h2 id={HEADING} tabIndex={-1}>
          {title}
        </h2>
        {editor && (
          <button type="button" className="button-secondary" onClick={() => show({ kind: 'add' })}>
            {t('milestone.add')}
          </button>
        )}
      </div>
      {editor && <SavedNotice message={saved} />}
      {milestones.length === 0 ? (
        <p>{t('milestone.none')}</p>
      ) : (
        <>
          <MilestoneTimeline
            label={n('milestone.timeline.label', milestones.length)}
            today={todayIso()}
            todayLabel={t('milestone.today')}
            formatMonth={formatMonth}
            rows={milestones.map((milestone) => ({
              id: milestone.id,
              label: milestone.title,
              plannedDate: milestone.plannedDate,
              dueDate: milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate,
              done: milestone.state === 'DONE',
              late: milestone.state === 'OVERDUE' || milestone.slipDays > 0,
            }))}
          />
          <TimelineLegend />
          <TableWrap label={title}>
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('milestone.title')}</th>
                  <th scope="col">{t('milestone.owner')}</th>
                  <th scope="col">{t('milestone.planned')}</th>
                  <th scope="col">{t('milestone.forecast')}</th>
                  <th scope="col">{t('milestone.completed')}</th>
                  <th scope="col">{t('milestone.slip')}</th>
                  <th scope="col">{t('milestone.state')}</th>
                  {editor && <th scope="col">{t('milestone.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {milestones.map((milestone) => (
                  <tr key={milestone.id}>
                    <th scope="row" lang={lang}>
                      {milestone.title}
                      {milestone.description && <span className="cell-note">{milestone.description}</span>}
                    </th>
                    <td>{milestone.owner?.name ?? t('format.none')}</td>
                    <td>
                      <span className="nowrap">{format.date(milestone.plannedDate)}</span>
                      {milestone.rebaselines.length > 0 && (
                        <details className="cell-note">
                          <summary>
                            {n('milestone.rebaseline.count', milestone.rebaselines.length, {
                              first: format.date(milestone.rebaselines[0].fromDate),
                            })}
                          </summary>
                          <RebaselineList rebaselines={milestone.rebaselines} />
                        </details>
                      )}
                    </td>
                    <td className="nowrap">{text.forecast(milestone)}</td>
                    <td className="nowrap">{format.date(milestone.completedDate)}</td>
                    <td className={milestone.slipDays > 0 || milestone.state === 'OVERDUE' ? 'slip-late' : undefined}>
                      {text.slip(milestone)}
                    </td>
                    <td>
                      <MilestoneStateBadge state={milestone.state} />
                    </td>
                    {editor && (
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t('milestone.editFor', { title: milestone.title })}
                            onClick={() => show({ kind: 'edit', id: milestone.id })}
                          >
                            {t('action.edit')}
                          </button>
                          {!milestone.completedDate && (
                            <>
                              <button
                                type="button"
                                className="button-secondary button-small"
                                aria-label={t('milestone.completeFor', { title: milestone.title })}
                                onClick={() => show({ kind: 'complete', id: milestone.id })}
                              >
                                {t('milestone.complete.short')}
                              </button>
                              <button
                                type="button"
                                className="button-secondary button-small"
                                aria-label={t('milestone.rebaselineFor', { title: milestone.title })}
                                onClick={() => show({ kind: 'rebaseline', id: milestone.id })}
                              >
                                {t('milestone.rebaseline.short')}
                              </button>
                            </>
                          )}
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t('milestone.deleteFor', { title: milestone.title })}
                            onClick={() => {
                              setSaved('');
                              setDeleting(milestone);
                            }}
                          >
                            {t('milestone.delete')}
                          </button>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {editor && panel?.kind === 'add' && (
        <FormPanel title={t('milestone.new')} fallbackFocusId={HEADING}>
          <MilestoneForm
            editor={editor}
            onSaved={(name) => done(t('milestone.added', { title: name }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {editor && open && panel?.kind === 'edit' && (
        <FormPanel key={open.id} title={t('milestone.editTitle', { title: open.title })} fallbackFocusId={HEADING}>
          <MilestoneForm
            editor={editor}
            milestone={open}
            onSaved={(name) => done(t('milestone.saved', { title: name }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {editor && open && panel?.kind === 'complete' && (
        <FormPanel key={open.id} title={t('milestone.completeTitle', { title: open.title })} fallbackFocusId={HEADING}>
          <CompleteMilestoneForm
            milestone={open}
            onSaved={(name) => done(t('milestone.completedNotice', { title: name }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {editor && open && panel?.kind === 'rebaseline' && (
        <FormPanel
          key={open.id}
          title={t('milestone.rebaselineTitle', { title: open.title })}
          fallbackFocusId={HEADING}
        >
          <RebaselineMilestoneForm
            milestone={open}
            onSaved={(name) => done(t('milestone.rebaselined', { title: name }))}
            onCancel={() => setPanel(null)}
          />
        </FormPanel>
      )}
      {editor && deleting && (
        <DeleteMilestoneDialog
          milestone={milestones.find((milestone) => milestone.id === deleting.id) ?? deleting}
          onDeleted={(name) => {
            setDeleting(null);
            if (panel && panel.kind !== 'add' && panel.id === deleting.id) setPanel(null);
            setSaved(t('milestone.deleted', { title: name }));
          }}
          onCancel={() => setDeleting(null)}
          fallbackFocusId={HEADING}
        />
      )}
    </section>
  );
}
