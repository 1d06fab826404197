import type { MessageKey } from '../../i18n/messages';

/** The strategy and field-of-action forms' values and checks, free of React. */

export interface StrategyValues {
  name: string;
  description: string;
  /** As typed. */
  startYear: string;
  endYear: string;
}

export interface FieldValues {
  name: string;
  description: string;
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

function year(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function validateStrategy(values: StrategyValues): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!values.name.trim()) errors.name = 'form.error.required';
  else if (values.name.trim().length > 200) errors.name = 'projectForm.error.tooLong';
  const start = year(values.startYear);
  const end = year(values.endYear);
  if (start === null || start < FIRST_YEAR || start > LAST_YEAR) errors.startYear = 'strategy.error.year';
  if (end === null || end < FIRST_YEAR || end > LAST_YEAR) errors.endYear = 'strategy.error.year';
  else if (start !== null && end < start) errors.endYear = 'strategy.error.endBeforeStart';
  return errors;
}

export function validateField(values: FieldValues): Record<string, MessageKey> {
  if (!values.name.trim()) return { name: 'form.error.required' };
  if (values.name.trim().length > 200) return { name: 'projectForm.error.tooLong' };
  return {};
}

export function strategyInput(values: StrategyValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    startYear: Number(values.startYear.trim()),
    endYear: Number(values.endYear.trim()),
  };
}
