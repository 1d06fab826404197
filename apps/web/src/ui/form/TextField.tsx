import { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

/** A labelled input with its hint and error tied to it for assistive technology. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  children,
  ...rest
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: string;
  /** Shown under the field, e.g. what the server has now after a conflict. */
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'type' | 'required' | 'children'>) {
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={hint}
      required={required}
      control={(described) => (
        <input
          id={id}
          type={type}
          value={value}
          required={required}
          {...described}
          onChange={(event) => onChange(event.target.value)}
          {...rest}
        />
      )}
    >
      {children}
    </FieldFrame>
  );
}
