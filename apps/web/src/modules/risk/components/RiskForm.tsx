import { FormEvent } from 'react';
import type { ProjectRiskFragment, RiskLevel, RiskStatus } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ChangedMeanwhile, FormNotices } from '../../../ui/form/FormNotices';
import { SelectField } from '../../../ui/form/SelectField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import { ownerOptions, ProjectEditor } from '../../project/project-editor';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useCreateRisk } from '../hooks/useCreateRisk';
import { useUpdateRisk } from '../hooks/useUpdateRisk';

export const RISK_LEVELS: readonly RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];
export const RISK_STATUSES: readonly RiskStatus[] = ['OPEN', 'MITIGATED', 'CLOSED'];

const FIELDS = ['title', 'description', 'probability', 'impact', 'status', 'mitigation', 'ownerId'] as const;
type Field = (typeof FIELDS)[number];

function valuesOf(risk: ProjectRiskFragment | undefined) {
  return {
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    probability: risk?.probability ?? ('MEDIUM' as RiskLevel),
    impact: risk?.impact ?? ('MEDIUM' as RiskLevel),
    status: risk?.status ?? ('OPEN' as RiskStatus),
    mitigation: risk?.mitigation ?? '',
    ownerId: risk?.owner?.id ?? '',
  };
}

/** Records a risk (what, how likely, how bad, what is done about it, who owns it), or edits one, its status included. */
export function RiskForm({
  editor,
  risk,
  onSaved,
  onCancel,
}: {
  editor: ProjectEditor;
  /** The risk as the page has it now; none: a new one. */
  risk?: ProjectRiskFragment;
  onSaved(title: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const create = useCreateRisk();
  const update = useUpdateRisk();
  const form = useEditForm(valuesOf(risk), FIELDS, useReloadProject());
  const { values, errors } = form;
  const prefix = risk ? `risk-${risk.id}` : 'risk-new';
  const id = (field: string) => `${prefix}-${field}`;
  const labels: Record<Field, string> = {
    title: t('risk.title'),
    description: t('risk.description'),
    probability: t('risk.probability'),
    impact: t('risk.impact'),
    status: t('risk.status'),
    mitigation: t('risk.mitigation'),
    ownerId: t('risk.owner'),
  };
  const shown = FIELDS.filter((field) => risk || field !== 'status');
  const levels = RISK_LEVELS.map((level) => ({ value: level, label: t(`riskLevel.${level}`) }));
  const meanwhile = (field: Field, text: string) =>
    risk && form.changedMeanwhile(field) && <ChangedMeanwhile shown={text} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldErrors = {};
    const title = values.title.trim();
    if (!title) invalid.title = t('form.error.required');
    else if (title.length > 200) invalid.title = t('form.error.tooLong', { max: 200 });
    const text = (value: string) => value.trim() || null;
    const saved = await form.submit(invalid, () => {
      if (!risk)
        return create({
          projectId: editor.projectId,
          title,
          description: text(values.description),
          probability: values.probability,
          impact: values.impact,
          mitigation: text(values.mitigation),
          ownerId: values.ownerId || null,
        });
      const changed = new Set(form.differing());
      return update({
        id: risk.id,
        expectedVersion: risk.version,
        ...(changed.has('title') && { title }),
        ...(changed.has('description') && { description: text(values.description) }),
        ...(changed.has('probability') && { probability: values.probability }),
        ...(changed.has('impact') && { impact: values.impact }),
        ...(changed.has('status') && { status: values.status }),
        ...(changed.has('mitigation') && { mitigation: text(values.mitigation) }),
        ...(changed.has('ownerId') && { ownerId: values.ownerId || null }),
      });
    });
    if (saved) onSaved(title);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={shown.map((field) => ({ name: field, label: labels[field], id: id(field) }))}
        conflictText={t('risk.conflict')}
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
        {meanwhile('title', risk?.title ?? '')}
      </TextField>
      <TextAreaField
        id={id('description')}
        label={labels.description}
        value={values.description}
        error={errors.description}
        onChange={(value) => form.set('description', value)}
      >
        {meanwhile('description', risk?.description || t('format.none'))}
      </TextAreaField>
      <div className="field-row">
        <SelectField
          id={id('probability')}
          label={labels.probability}
          value={values.probability}
          options={levels}
          error={errors.probability}
          onChange={(value) => form.set('probability', value as RiskLevel)}
        >
          {risk && meanwhile('probability', t(`riskLevel.${risk.probability}`))}
        </SelectField>
        <SelectField
          id={id('impact')}
          label={labels.impact}
          value={values.impact}
          options={levels}
          error={errors.impact}
          onChange={(value) => form.set('impact', value as RiskLevel)}
        >
          {risk && meanwhile('impact', t(`riskLevel.${risk.impact}`))}
        </SelectField>
        {risk && (
          <SelectField
            id={id('status')}
            label={labels.status}
            value={values.status}
            options={RISK_STATUSES.map((status) => ({ value: status, label: t(`riskStatus.${status}`) }))}
            error={errors.status}
            onChange={(value) => form.set('status', value as RiskStatus)}
          >
            {meanwhile('status', t(`riskStatus.${risk.status}`))}
          </SelectField>
        )}
      </div>
      <TextAreaField
        id={id('mitigation')}
        label={labels.mitigation}
        value={values.mitigation}
        error={errors.mitigation}
        onChange={(value) => form.set('mitigation', value)}
      >
        {meanwhile('mitigation', risk?.mitigation || t('format.none'))}
      </TextAreaField>
      <SelectField
        id={id('ownerId')}
        label={labels.ownerId}
        value={values.ownerId}
        options={ownerOptions(editor.people, risk?.owner, t('milestone.noOwner'))}
        error={errors.ownerId}
        onChange={(value) => form.set('ownerId', value)}
      >
        {meanwhile('ownerId', risk?.owner?.name ?? t('milestone.noOwner'))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : risk ? t('action.save') : t('risk.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
