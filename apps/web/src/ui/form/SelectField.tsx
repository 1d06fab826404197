import { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      required={required}
      control={(described) => (
        <select
          id={id}
          value={value}
          required={required}
          {...described}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    >
      {children}
    </FieldFrame>
  );
}
