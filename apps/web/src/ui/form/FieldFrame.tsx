import { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

/** What a field's control carries so that assistive technology reads its hint and error with it. */
export interface FieldControlProps {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A form field's frame: the label (marked where the field is required), the control, its hint and its
 * error, tied to the control by ids derived from `id`, and what follows (e.g. the server's value after
 * a conflict).
 */
export function FieldFrame({
  id,
  label,
  error,
  hint,
  required,
  control,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: string;
  required?: boolean;
  control(props: FieldControlProps): ReactNode;
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
      {control({ 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
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
