import { HISTORY_ACTIONS, HISTORY_FIELDS, HistoryAction, HistoryField } from '@leitstand/shared-domain';
import { useMemo } from 'react';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import type { MessageKey } from '../../../i18n/messages';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A key figure's measurement, named by its date. */
const MEASUREMENT = /^measurement (\d{4}-\d{2}-\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const AMOUNT = /^-?\d+\.\d{2}$/;
const MONEY_FIELDS: readonly string[] = ['budgetPlanned', 'budgetSpent'];

// Every action and field of the history has its words (the message keys' type says so).
const ACTION_KEYS: Record<HistoryAction, MessageKey> = Object.fromEntries(
  HISTORY_ACTIONS.map((action) => [action, `audit.action.${action}` satisfies MessageKey]),
) as Record<HistoryAction, MessageKey>;
const FIELD_KEYS: Record<HistoryField, MessageKey> = Object.fromEntries(
  HISTORY_FIELDS.map((field) => [field, `audit.field.${field}` satisfies MessageKey]),
) as Record<HistoryField, MessageKey>;

/**
 * History entries in words: actions and fields by their labels, values as the API shows them to
 * people (`fromDisplay`/`toDisplay`: names instead of ids), enum values translated, dates, amounts and
 * percentages formatted. What the client does not know yet (an API newer than it) is shown as named.
 */
export function useAuditText() {
  const { t, has } = useI18n();
  const format = useFormat();
  return useMemo(
    () => ({
      action: (action: string) => {
        const key = ACTION_KEYS[action as HistoryAction];
        return key ? t(key) : action;
      },
      field: (field: string) => {
        const measured = MEASUREMENT.exec(field);
        if (measured) return t('audit.field.measurementOf', { date: format.date(measured[1]) });
        const key = FIELD_KEYS[field as HistoryField];
        return key ? t(key) : field;
      },
      value: (field: string, value: string | null | undefined) => {
        if (value === null || value === undefined || value === '') return t('format.none');
        for (const prefix of ['health', 'phase', 'milestoneState', 'riskLevel', 'riskStatus', 'role']) {
          const key = `${prefix}.${value}`;
          if (has(key)) return t(key);
        }
        if (ISO_DATE.test(value)) return format.date(value);
        if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(value);
        if (field === 'progress' && /^\d+$/.test(value)) return format.percent(Number(value));
        if (MONEY_FIELDS.includes(field) && AMOUNT.test(value)) return format.money(value);
        if (MEASUREMENT.test(field) && !Number.isNaN(Number(value))) return format.number(Number(value));
        return value;
      },
    }),
    [t, has, format],
  );
}
