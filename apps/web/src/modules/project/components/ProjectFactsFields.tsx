import { ReactNode } from 'react';
import type { FormOptions } from '../hooks/useProjectFormOptions';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import type { MessageKey } from '../../../i18n/messages';
import { FactField, fieldId, MAX_SUMMARY, ProjectFactsValues } from '../project-form';

const LABEL: Record<FactField, MessageKey> = {
  code: 'project.code',
  title: 'project.title',
  summary: 'projectForm.summary',
  fieldId: 'project.field',
  departmentId: 'project.department',
  leadId: 'project.lead',
  sponsorId: 'project.sponsor',
  startDate: 'project.startDate',
  plannedEndDate: 'project.plannedEndDate',
  forecastEndDate: 'project.forecastEndDate',
  actualEndDate: 'project.actualEndDate',
  budgetPlanned: 'budget.planned',
  budgetSpent: 'budget.spent',
  tags: 'project.tags',
};

export function factLabelKey(field: FactField): MessageKey {
  return LABEL[field];
}

/**
 * The facts of a project as form fields, for creating (with the code) and editing (with the
 * expected and actual end and the money spent). Each field's hint and error are tied to it;
 * `meanwhile` shows, after a conflict, what the server holds now where it differs from what the
 * form opened with.
 */
export function ProjectFactsFields({
  mode,
  values,
  onChange,
  errors,
  options,
  meanwhile = {},
}: {
  mode: 'create' | 'edit';
  values: ProjectFactsValues;
  onChange(field: FactField, value: string): void;
  errors: Record<string, string>;
  options: FormOptions | undefined;
  meanwhile?: Partial<Record<FactField, string>>;
}) {
  const { t } = useI18n();
  const lang = useContentLang();
  const people = (options?.people ?? []).filter(
    (person) => person.active || person.id === values.leadId || person.id === values.sponsorId,
  );

  function described(field: FactField, hint: boolean) {
    const ids = [hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`].filter(Boolean);
    return ids.join(' ') || undefined;
  }
  function control(field: FactField, input: ReactNode, { hint, required }: { hint?: string; required?: boolean } = {}) {
    return (
      <div className="field" key={field}>
        <label htmlFor={fieldId(field)}>
          {t(LABEL[field])}
          {required && (
            <>
              {' '}
              <span className="required">{t('form.required')}</span>
            </>
          )}
        </label>
        {input}
        {hint && (
          <p id={`${fieldId(field)}-hint`} className="hint">
            {hint}
          </p>
        )}
        {errors[field] && (
          <p id={`${fieldId(field)}-error`} className="field-error">
            {errors[field]}
          </p>
        )}
        {meanwhile[field] !== undefined && (
          <p className="hint hint-changed">{t('status.changedMeanwhile', { value: meanwhile[field] })}</p>
        )}
      </div>
    );
  }
  const common = (field: FactField, hint = false) => ({
    id: fieldId(field),
    value: values[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': described(field, hint),
  });
  const text = (
    field: FactField,
    { hint, required, ...rest }: { hint?: string; required?: boolean; maxLength?: number; autoComplete?: string } = {},
  ) =>
    control(
      field,
      <input
        type="text"
        {...common(field, Boolean(hint))}
        required={required}
        {...rest}
        onChange={(event) => onChange(field, event.target.value)}
      />,
      { hint, required },
    );
  const date = (field: FactField) =>
    control(
      field,
      <input
        type="date"
        className="input-date"
        autoComplete="off"
        {...common(field)}
        onChange={(event) => onChange(field, event.target.value)}
      />,
    );
  const amount = (field: FactField) =>
    control(
      field,
      <span className="input-suffix">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input-amount"
          {...common(field, true)}
          onChange={(event) => onChange(field, event.target.value)}
        />
        <span aria-hidden="true">€</span>
      </span>,
      { hint: t('projectForm.amount.hint') },
    );
  const select = (field: FactField, choices: ReactNode) =>
    control(
      field,
      <select {...common(field)} onChange={(event) => onChange(field, event.target.value)}>
        <option value="">{t('projectForm.none')}</option>
        {choices}
      </select>,
    );
  const personChoices = people.map((person) => (
    <option key={person.id} value={person.id}>
      {person.department ? `${person.name} (${person.department.code})` : person.name}
    </option>
  ));

  return (
    <>
      <fieldset className="card">
        <legend>{t('projectForm.section.what')}</legend>
        <div className="field-row">
          {mode === 'create' &&
            text('code', { hint: t('projectForm.code.hint'), required: true, maxLength: 40, autoComplete: 'off' })}
          {text('title', { required: true, maxLength: 200 })}
        </div>
        {control(
          'summary',
          <textarea
            rows={4}
            maxLength={MAX_SUMMARY}
            lang={lang}
            {...common('summary')}
            onChange={(event) => onChange('summary', event.target.value)}
          />,
        )}
        {text('tags', { hint: t('projectForm.tags.hint') })}
      </fieldset>
      <fieldset className="card">
        <legend>{t('projectForm.section.who')}</legend>
        <div className="field-row">
          {select(
            'fieldId',
            (options?.strategies ?? []).map((strategy) => (
              <optgroup key={strategy.id} label={strategy.name}>
                {strategy.fields.map((field) => (
                  <option key={field.id} value={field.id}>
                    {field.name}
                  </option>
                ))}
              </optgroup>
            )),
          )}
          {select(
            'departmentId',
            (options?.departments ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {`${department.code} – ${department.name}`}
              </option>
            )),
          )}
          {select('leadId', personChoices)}
          {select('sponsorId', personChoices)}
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('projectForm.section.when')}</legend>
        <div className="field-row">
          {date('startDate')}
          {date('plannedEndDate')}
          {mode === 'edit' && date('forecastEndDate')}
          {mode === 'edit' && date('actualEndDate')}
        </div>
        <div className="field-row">
          {amount('budgetPlanned')}
          {mode === 'edit' && amount('budgetSpent')}
        </div>
      </fieldset>
    </>
  );
}
