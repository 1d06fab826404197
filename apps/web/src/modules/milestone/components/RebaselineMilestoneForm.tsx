import { FormEvent } from 'react';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ChangedMeanwhile, FormNotices } from '../../../ui/form/FormNotices';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useRebaselineMilestone } from '../hooks/useRebaselineMilestone';
import { RebaselineList } from './RebaselineList';

const MAX_REASON = 2000;

/**
 * Moves a milestone's baseline: the new planned date and the reason (what the board decided). The
 * baseline never moves otherwise, and each earlier baseline stays listed with its reason.
 */
export function RebaselineMilestoneForm({
  milestone,
  onSaved,
  onCancel,
}: {
  milestone: ProjectMilestoneFragment;
  onSaved(title: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const rebaseline = useRebaselineMilestone();
  const form = useEditForm(
    { plannedDate: milestone.plannedDate, reason: '' },
    ['plannedDate', 'reason'],
    useReloadProject(),
  );
  const id = (field: string) => `milestone-${milestone.id}-rebaseline-${field}`;
  const { values, errors } = form;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldErrors = {};
    const reason = values.reason.trim();
    if (!values.plannedDate) invalid.plannedDate = t('form.error.date');
    else if (values.plannedDate === milestone.plannedDate) invalid.plannedDate = t('milestone.rebaseline.same');
    if (!reason) invalid.reason = t('milestone.rebaseline.reasonMissing');
    else if (reason.length > MAX_REASON) invalid.reason = t('form.error.tooLong', { max: MAX_REASON });
    const saved = await form.submit(invalid, () =>
      rebaseline({ id: milestone.id, expectedVersion: milestone.version, plannedDate: values.plannedDate, reason }),
    );
    if (saved) onSaved(milestone.title);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={[
          { name: 'plannedDate', label: t('milestone.rebaseline.date'), id: id('plannedDate') },
          { name: 'reason', label: t('milestone.rebaseline.reason'), id: id('reason') },
        ]}
        conflictText={t('milestone.conflict')}
      />
      <TextField
        id={id('plannedDate')}
        label={t('milestone.rebaseline.date')}
        type="date"
        className="input-date"
        required
        autoComplete="off"
        hint={t('milestone.rebaseline.current', { date: format.date(milestone.plannedDate) })}
        value={values.plannedDate}
        error={errors.plannedDate}
        onChange={(value) => form.set('plannedDate', value)}
      >
        {form.changedMeanwhile('plannedDate') && <ChangedMeanwhile shown={format.date(milestone.plannedDate)} />}
      </TextField>
      <TextAreaField
        id={id('reason')}
        label={t('milestone.rebaseline.reason')}
        required
        maxLength={MAX_REASON}
        hint={t('milestone.rebaseline.reason.hint')}
        value={values.reason}
        error={errors.reason}
        onChange={(value) => form.set('reason', value)}
      />
      {milestone.rebaselines.length > 0 && (
        <div>
          <p className="h3">{t('milestone.rebaseline.history')}</p>
          <RebaselineList rebaselines={milestone.rebaselines} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : t('milestone.rebaseline')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
