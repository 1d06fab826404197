import { useMemo } from 'react';
import { createFormatter, Formatter } from './format';
import { useI18n } from './useI18n';

export function useFormat(): Formatter {
  const { locale, t } = useI18n();
  return useMemo(() => createFormatter(locale, t), [locale, t]);
}
