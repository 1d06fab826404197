import { FormEvent, useState } from 'react';
import type { ProjectKpiFragment } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { FormNotices } from '../../../ui/form/FormNotices';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { FieldErrors, useEditForm } from '../../../ui/form/useEditForm';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { parseLocaleNumber } from '../../status/status-report';
import { useRecordKpiMeasurement } from '../hooks/useRecordKpiMeasurement';

const FIELDS = ['date', 'value', 'note'] as const;
const MAX_NOTE = 1000;

/**
 * Records a key figure's value of a day, or corrects it: where the chosen day has a value already,
 * the form shows that value and note to be changed, and saving replaces them (the API keeps one
 * value a day; the history keeps the old one), unless someone changed that day's value meanwhile.
 */
export function MeasurementForm({
  kpi,
  onSaved,
  onCancel,
}: {
  kpi: ProjectKpiFragment;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const record = useRecordKpiMeasurement();
  const today = todayIso();
  const [date, setDate] = useState(today);
  const existing = kpi.measurements.find((measurement) => measurement.date === date);
  const editable = (value: number) => (locale === 'de' ? String(value).replace('.', ',') : String(value));
  // Value and note follow the chosen day until typed in: a day with a value shows it, to be corrected.
  const form = useEditForm(
    { value: existing ? editable(existing.value) : '', note: existing?.note ?? '' },
    FIELDS,
    useReloadProject(),
  );
  const { values, errors } = form;
  const id = (field: string) => `kpi-${kpi.id}-record-${field}`;
  const labels = { date: t('kpi.date'), value: t('kpi.valueIn', { unit: kpi.unit }), note: t('kpi.note') };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldErrors = {};
    if (!date) invalid.date = t('form.error.date');
    else if (date > today) invalid.date = t('milestone.error.future');
    const value = parseLocaleNumber(values.value, locale);
    if (!values.value.trim()) invalid.value = t('form.error.required');
    else if (value === null) invalid.value = t('status.error.number');
    const note = values.note.trim();
    if (note.length > MAX_NOTE) invalid.note = t('form.error.tooLong', { max: MAX_NOTE });
    const saved = await form.submit(invalid, () =>
      // The day's value as the form showed it: where someone changed it meanwhile, the API refuses (CONFLICT).
      record({ kpiId: kpi.id, date, value: value ?? 0, note: note || null, replaces: existing?.value ?? null }),
    );
    if (!saved) return;
    const shown = { name: kpi.name, date: format.date(date) };
    onSaved(existing ? t('kpi.corrected', shown) : t('kpi.recorded', shown));
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormNotices
        form={form}
        fields={FIELDS.map((field) => ({ name: field, label: labels[field], id: id(field) }))}
        conflictText={t('error.CONFLICT')}
      />
      <TextField
        id={id('date')}
        label={labels.date}
        type="date"
        className="input-date"
        required
        max={today}
        autoComplete="off"
        hint={t('kpi.record.dateHint')}
        value={date}
        error={errors.date}
        onChange={setDate}
      >
        {existing && (
          <p className="hint hint-changed" role="status">
            {t('kpi.record.existing', {
              date: format.date(existing.date),
              value: format.number(existing.value),
              unit: kpi.unit,
            })}
          </p>
        )}
      </TextField>
      <TextField
        id={id('value')}
        label={labels.value}
        required
        inputMode="decimal"
        autoComplete="off"
        hint={
          kpi.target != null
            ? t('status.kpi.hintTarget', { value: format.number(kpi.target), unit: kpi.unit })
            : undefined
        }
        value={values.value}
        error={errors.value}
        onChange={(value) => form.set('value', value)}
      />
      <TextAreaField
        id={id('note')}
        label={labels.note}
        rows={2}
        maxLength={MAX_NOTE}
        value={values.note}
        error={errors.note}
        onChange={(value) => form.set('note', value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : existing ? t('kpi.correct') : t('kpi.record')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
