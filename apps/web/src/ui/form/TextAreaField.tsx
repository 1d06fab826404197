import { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={hint}
      required={required}
      control={(described) => (
        <textarea
          id={id}
          rows={rows}
          maxLength={maxLength}
          value={value}
          required={required}
          {...described}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    >
      {children}
    </FieldFrame>
  );
}
