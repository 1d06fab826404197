import { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

export interface Option {
  value: string;
  label: string;
}

/** A labelled select with its error tied to it. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  error,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  error?: string;
  required?: boolean;
  /** Shown under the field, e.g. what the server has now after a conflict. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
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
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
