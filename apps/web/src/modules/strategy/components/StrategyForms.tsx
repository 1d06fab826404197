import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorCode, fieldErrors } from '../../../graphql/errors';
import { useInputProblemText } from '../../../graphql/useInputProblemText';
import { useI18n } from '../../../i18n/useI18n';
import type { MessageKey } from '../../../i18n/messages';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { FieldValues, FIRST_YEAR, LAST_YEAR, StrategyValues, validateField, validateStrategy } from '../strategy-form';

/** A form's submit with its checks first and the API's refusal at the fields, by the path's last part. */
function useFormSubmit<F extends string>(known: readonly F[]) {
  const { t } = useI18n();
  const problemText = useInputProblemText();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(invalid: Record<string, MessageKey>, write: () => Promise<void>): Promise<boolean> {
    setFailure(null);
    if (Object.keys(invalid).length > 0) {
      setErrors(Object.fromEntries(Object.entries(invalid).map(([field, key]) => [field, t(key)])) as typeof errors);
      setOther([]);
      setAttempt((n) => n + 1);
      return false;
    }
    setBusy(true);
    try {
      await write();
      return true;
    } catch (error) {
      const problems = errorCode(error) === 'BAD_USER_INPUT' ? fieldErrors(error) : [];
      if (problems.length === 0) {
        setFailure(error);
        return false;
      }
      const atFields: Partial<Record<F, string>> = {};
      const elsewhere: string[] = [];
      for (const problem of problems) {
        const text = problemText(problem);
        const name = problem.path.split('.').pop() as F;
        if (known.includes(name)) atFields[name] = text;
        else elsewhere.push(text);
      }
      setErrors(atFields);
      setOther(elsewhere);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { errors, other, attempt, failure, busy, submit };
}

function FormHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 id={id} tabIndex={-1} ref={ref}>
      {children}
    </h3>
  );
}

const STRATEGY_FIELDS = ['name', 'description', 'startYear', 'endYear'] as const;

/** Creates or edits a strategy: name, description, first and last year. */
export function StrategyForm({
  idPrefix,
  title,
  submitLabel,
  initial,
  onSubmit,
  onDone,
}: {
  idPrefix: string;
  title: string;
  submitLabel: string;
  initial: StrategyValues;
  onSubmit(values: StrategyValues): Promise<void>;
  onDone(saved: boolean): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const form = useFormSubmit(STRATEGY_FIELDS);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (field: keyof StrategyValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const label: Record<(typeof STRATEGY_FIELDS)[number], string> = {
    name: t('strategy.name'),
    description: t('strategy.description'),
    startYear: t('strategy.startYear'),
    endYear: t('strategy.endYear'),
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(validateStrategy(values), () => onSubmit(values))) onDone(true);
  }

  return (
    <form className="form strategy-form" onSubmit={save} noValidate aria-labelledby={id('heading')}>
      <FormHeading id={id('heading')}>{title}</FormHeading>
      <ErrorSummary
        attempt={form.attempt}
        other={form.other}
        entries={STRATEGY_FIELDS.filter((field) => form.errors[field]).map((field) => ({
          target: id(field),
          label: label[field],
          message: form.errors[field] ?? '',
        }))}
      />
      {form.failure !== null && <ErrorNotice error={form.failure} />}
      <TextField
        id={id('name')}
        label={label.name}
        value={values.name}
        onChange={set('name')}
        error={form.errors.name}
        required
        maxLength={200}
      />
      <div className="field">
        <label htmlFor={id('description')}>{label.description}</label>
        <textarea
          id={id('description')}
          rows={3}
          maxLength={5000}
          value={values.description}
          aria-invalid={form.errors.description ? true : undefined}
          aria-describedby={form.errors.description ? id('description-error') : undefined}
          onChange={(event) => set('description')(event.target.value)}
        />
        {form.errors.description && (
          <p id={id('description-error')} className="field-error">
            {form.errors.description}
          </p>
        )}
      </div>
      <div className="field-row">
        {(['startYear', 'endYear'] as const).map((field) => (
          <TextField
            key={field}
            id={id(field)}
            label={label[field]}
            value={values[field]}
            onChange={set(field)}
            error={form.errors[field]}
            required
            inputMode="numeric"
            maxLength={4}
            className="input-year"
            hint={t('strategy.year.hint', { from: FIRST_YEAR, to: LAST_YEAR })}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

const FIELD_FIELDS = ['name', 'description'] as const;

/** Creates or edits a field of action: name and description. */
export function FieldOfActionForm({
  idPrefix,
  title,
  submitLabel,
  initial,
  onSubmit,
  onDone,
}: {
  idPrefix: string;
  title: string;
  submitLabel: string;
  initial: FieldValues;
  onSubmit(values: FieldValues): Promise<void>;
  onDone(saved: boolean): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const form = useFormSubmit(FIELD_FIELDS);
  const id = (field: string) => `${idPrefix}-${field}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(validateField(values), () => onSubmit(values))) onDone(true);
  }

  return (
    <form className="form strategy-form" onSubmit={save} noValidate aria-labelledby={id('heading')}>
      <FormHeading id={id('heading')}>{title}</FormHeading>
      <ErrorSummary
        attempt={form.attempt}
        other={form.other}
        entries={
          form.errors.name ? [{ target: id('name'), label: t('strategy.field.name'), message: form.errors.name }] : []
        }
      />
      {form.failure !== null && <ErrorNotice error={form.failure} />}
      <TextField
        id={id('name')}
        label={t('strategy.field.name')}
        value={values.name}
        onChange={(name) => setValues((previous) => ({ ...previous, name }))}
        error={form.errors.name}
        required
        maxLength={200}
      />
      <div className="field">
        <label htmlFor={id('description')}>{t('strategy.description')}</label>
        <textarea
          id={id('description')}
          rows={3}
          maxLength={5000}
          value={values.description}
          aria-invalid={form.errors.description ? true : undefined}
          aria-describedby={form.errors.description ? id('description-error') : undefined}
          onChange={(event) => setValues((previous) => ({ ...previous, description: event.target.value }))}
        />
        {form.errors.description && (
          <p id={id('description-error')} className="field-error">
            {form.errors.description}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t('status.saving') : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
