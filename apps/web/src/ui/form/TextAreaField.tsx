import { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

/** A labelled multi-line text with its hint and error tied to it for assistive technology. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  rows = 3,
  maxLength,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  /** Shown under the field, e.g. what the server has now after a conflict. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && (
          <>
            {' '}
            <span className="required">{t('form.required')}</span>
          </>
        )}
      </label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
