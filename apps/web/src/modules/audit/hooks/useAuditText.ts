import { useMemo } from 'react';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Audit events in words: known actions, fields and enum values are translated; anything the
 * client does not know yet is shown as the API names it, never hidden.
 */
export function useAuditText() {
  const { t, has } = useI18n();
  const format = useFormat();
  return useMemo(
    () => ({
      action: (action: string) => {
        const key = `audit.action.${action}`;
        return has(key) ? t(key) : action;
      },
      field: (field: string) => {
        const key = `audit.field.${field}`;
        return has(key) ? t(key) : field;
      },
      value: (field: string, value: string | null) => {
        if (value === null || value === '') return t('format.none');
        for (const prefix of ['health', 'phase', 'milestoneState', 'riskLevel', 'riskStatus', 'role']) {
          const key = `${prefix}.${value}`;
          if (has(key)) return t(key);
        }
        if (ISO_DATE.test(value)) return format.date(value);
        if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(value);
        if (field === 'progress' && /^\d+$/.test(value)) return format.percent(Number(value));
        return value;
      },
    }),
    [t, has, format],
  );
}
