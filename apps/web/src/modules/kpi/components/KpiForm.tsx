import { FormEvent } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { FormNotices } from '../../../ui/form/FormNotices';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import type { ProjectEditor } from '../../project/project-editor';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { parseLocaleNumber } from '../../status/status-report';
import { useCreateKpi } from '../hooks/useCreateKpi';

const FIELDS = ['name', 'unit', 'baseline', 'target'] as const;

/** Defines a key figure of the project: what is measured, in which unit, from where to where. */
export function KpiForm({
  editor,
  onSaved,
  onCancel,
}: {
  editor: ProjectEditor;
  onSaved(name: string): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const create = useCreateKpi();
  const form = useEditForm({ name: '', unit: '', baseline: '', target: '' }, FIELDS, useReloadProject());
  const { values, errors } = form;
  const id = (field: string) => `kpi-new-${field}`;
  const labels = { name: t('kpi.name'), unit: t('kpi.unit'), baseline: t('kpi.baseline'), target: t('kpi.target') };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldErrors = {};
    const name = values.name.trim();
    const unit = values.unit.trim();
    if (!name) invalid.name = t('form.error.required');
    else if (name.length > 200) invalid.name = t('form.error.tooLong', { max: 200 });
    if (!unit) invalid.unit = t('form.error.required');
    else if (unit.length > 50) invalid.unit = t('form.error.tooLong', { max: 50 });
    const number = (field: 'baseline' | 'target') => {
      if (!values[field].trim()) return null;
      const parsed = parseLocaleNumber(values[field], locale);
      if (parsed === null) invalid[field] = t('status.error.number');
      return parsed;
    };
    const baseline = number('baseline');
    const target = number('target');
    const saved = await form.submit(invalid, () =>
      create({ projectId: editor.projectId, name, unit, baseline, target }),
    );
    if (saved) onSaved(name);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={FIELDS.map((field) => ({ name: field, label: labels[field], id: id(field) }))}
        conflictText={t('error.CONFLICT')}
      />
      <div className="field-row">
        <TextField
          id={id('name')}
          label={labels.name}
          required
          maxLength={200}
          autoComplete="off"
          hint={t('kpi.name.hint')}
          value={values.name}
          error={errors.name}
          onChange={(value) => form.set('name', value)}
        />
        <TextField
          id={id('unit')}
          label={labels.unit}
          required
          maxLength={50}
          autoComplete="off"
          hint={t('kpi.unit.hint')}
          value={values.unit}
          error={errors.unit}
          onChange={(value) => form.set('unit', value)}
        />
      </div>
      <div className="field-row">
        {(['baseline', 'target'] as const).map((field) => (
          <TextField
            key={field}
            id={id(field)}
            label={labels[field]}
            inputMode="decimal"
            autoComplete="off"
            hint={t(`kpi.${field}.hint`)}
            value={values[field]}
            error={errors[field]}
            onChange={(value) => form.set(field, value)}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : t('kpi.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
