import { FormEvent } from 'react';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ChangedMeanwhile, FormNotices } from '../../../ui/form/FormNotices';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useCompleteMilestone } from '../hooks/useCompleteMilestone';

/** Reports a milestone done, on the day it was reached (today unless told otherwise). */
export function CompleteMilestoneForm({
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
  const complete = useCompleteMilestone();
  const today = todayIso();
  const form = useEditForm({ completedDate: milestone.completedDate ?? today }, ['completedDate'], useReloadProject());
  const id = `milestone-${milestone.id}-completedDate`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldErrors = {};
    const date = form.values.completedDate;
    if (!date) invalid.completedDate = t('form.error.date');
    else if (date > today) invalid.completedDate = t('milestone.error.future');
    const saved = await form.submit(invalid, () =>
      complete({ id: milestone.id, expectedVersion: milestone.version, completedDate: date }),
    );
    if (saved) onSaved(milestone.title);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={[{ name: 'completedDate', label: t('milestone.completed'), id }]}
        conflictText={t('milestone.conflict')}
      />
      <TextField
        id={id}
        label={t('milestone.completed')}
        type="date"
        className="input-date"
        required
        max={today}
        autoComplete="off"
        hint={t('milestone.completed.hint', { planned: format.date(milestone.plannedDate) })}
        value={form.values.completedDate}
        error={form.errors.completedDate}
        onChange={(value) => form.set('completedDate', value)}
      >
        {milestone.completedDate && form.conflict !== 'none' && (
          <ChangedMeanwhile shown={t('milestone.doneOn', { date: format.date(milestone.completedDate) })} />
        )}
      </TextField>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : t('milestone.complete')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
