import { useCallback } from 'react';
import type { FieldError } from './errors';
import { useFormat } from '../i18n/useFormat';
import { useI18n } from '../i18n/useI18n';

/**
 * The words for why the API refused a field, in the reader's language, from the problem's code
 * and params (never the API's English message): "Bitte höchstens 200 Zeichen.".
 */
export function useInputProblemText(): (problem: Pick<FieldError, 'code' | 'params'>) => string {
  const { t, has } = useI18n();
  const format = useFormat();
  return useCallback(
    ({ code, params }) => {
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(params)) {
        if (name === 'date') values.date = format.date(String(value));
        else if (name === 'other') {
          const other = `input.other.${String(value)}`;
          values.other = t(has(other) ? other : 'input.other.any');
        } else values[name] = typeof value === 'number' ? format.number(value) : value;
      }
      const specific = `input.${code}.${String(params.what ?? '')}`;
      return t(has(specific) ? specific : `input.${code}`, values);
    },
    [t, has, format],
  );
}
