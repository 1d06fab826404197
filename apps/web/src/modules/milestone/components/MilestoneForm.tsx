import { FormEvent } from 'react';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ChangedMeanwhile, FormNotices } from '../../../ui/form/FormNotices';
import { SelectField } from '../../../ui/form/SelectField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import { ownerOptions, ProjectEditor } from '../../project/project-editor';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useCreateMilestone } from '../hooks/useCreateMilestone';
import { useUpdateMilestone } from '../hooks/useUpdateMilestone';

interface Values {
  title: string;
  description: string;
  ownerId: string;
  /** New milestones only: the baseline. A milestone's baseline moves only by re-baselining it. */
  plannedDate: string;
  /** Existing milestones only: '' means as planned. */
  forecastDate: string;
}

const FIELDS = ['title', 'description', 'ownerId', 'plannedDate', 'forecastDate'] as const;

function valuesOf(milestone: ProjectMilestoneFragment | undefined): Values {
  return {
    title: milestone?.title ?? '',
    description: milestone?.description ?? '',
    ownerId: milestone?.owner?.id ?? '',
    plannedDate: milestone?.plannedDate ?? '',
    forecastDate: milestone?.forecastDate ?? '',
  };
}

/** Adds a milestone (title, description, owner, baseline date), or edits one (title, description, owner, forecast). */
export function MilestoneForm({
  editor,
  milestone,
  onSaved,
  onCancel,
}: {
  editor: ProjectEditor;
  /** The milestone as the page has it now; none: a new one. */
  milestone?: ProjectMilestoneFragment;
  onSaved(title: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const create = useCreateMilestone();
  const update = useUpdateMilestone();
  const form = useEditForm(valuesOf(milestone), FIELDS, useReloadProject());
  const { values, errors } = form;
  const prefix = milestone ? `milestone-${milestone.id}` : 'milestone-new';
  const id = (field: string) => `${prefix}-${field}`;
  const labels: Record<(typeof FIELDS)[number], string> = {
    title: t('milestone.title'),
    description: t('milestone.description'),
    ownerId: t('milestone.owner'),
    plannedDate: t('milestone.planned'),
    forecastDate: t('milestone.forecast'),
  };
  const shown = FIELDS.filter((field) => (milestone ? field !== 'plannedDate' : field !== 'forecastDate'));

  function check(): FieldErrors {
    const invalid: FieldErrors = {};
    if (!values.title.trim()) invalid.title = t('form.error.required');
    else if (values.title.trim().length > 200) invalid.title = t('form.error.tooLong', { max: 200 });
    if (!milestone && !values.plannedDate) invalid.plannedDate = t('form.error.date');
    return invalid;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const title = values.title.trim();
    const saved = await form.submit(check(), () => {
      if (!milestone)
        return create({
          projectId: editor.projectId,
          title,
          description: values.description.trim() || null,
          plannedDate: values.plannedDate,
          ownerId: values.ownerId || null,
        });
      const changed = new Set(form.differing());
      return update({
        id: milestone.id,
        expectedVersion: milestone.version,
        ...(changed.has('title') && { title }),
        ...(changed.has('description') && { description: values.description.trim() || null }),
        ...(changed.has('ownerId') && { ownerId: values.ownerId || null }),
        ...(changed.has('forecastDate') && { forecastDate: values.forecastDate || null }),
      });
    });
    if (saved) onSaved(title);
  }

  const owners = ownerOptions(editor.people, milestone?.owner, t('milestone.noOwner'));
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={shown.map((field) => ({ name: field, label: labels[field], id: id(field) }))}
        conflictText={t('milestone.conflict')}
      />
      <TextField
        id={id('title')}
        label={labels.title}
        required
        maxLength={200}
        autoComplete="off"
        value={values.title}
        error={errors.title}
        onChange={(value) => form.set('title', value)}
      >
        {form.changedMeanwhile('title') && <ChangedMeanwhile shown={milestone?.title ?? ''} />}
      </TextField>
      <TextAreaField
        id={id('description')}
        label={labels.description}
        value={values.description}
        error={errors.description}
        onChange={(value) => form.set('description', value)}
      >
        {form.changedMeanwhile('description') && (
          <ChangedMeanwhile shown={milestone?.description || t('format.none')} />
        )}
      </TextAreaField>
      <div className="field-row">
        <SelectField
          id={id('ownerId')}
          label={labels.ownerId}
          value={values.ownerId}
          options={owners}
          error={errors.ownerId}
          onChange={(value) => form.set('ownerId', value)}
        >
          {form.changedMeanwhile('ownerId') && (
            <ChangedMeanwhile shown={milestone?.owner?.name ?? t('milestone.noOwner')} />
          )}
        </SelectField>
        {milestone ? (
          <TextField
            id={id('forecastDate')}
            label={labels.forecastDate}
            type="date"
            className="input-date"
            autoComplete="off"
            hint={t('milestone.forecast.hint', { planned: format.date(milestone.plannedDate) })}
            value={values.forecastDate}
            error={errors.forecastDate}
            onChange={(value) => form.set('forecastDate', value)}
          >
            {form.changedMeanwhile('forecastDate') && (
              <ChangedMeanwhile
                shown={milestone.forecastDate ? format.date(milestone.forecastDate) : t('milestone.asPlanned')}
              />
            )}
          </TextField>
        ) : (
          <TextField
            id={id('plannedDate')}
            label={labels.plannedDate}
            type="date"
            className="input-date"
            required
            autoComplete="off"
            hint={t('milestone.planned.hint')}
            value={values.plannedDate}
            error={errors.plannedDate}
            onChange={(value) => form.set('plannedDate', value)}
          />
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : milestone ? t('action.save') : t('milestone.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
