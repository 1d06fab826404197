import { formatDate, formatDateTime, formatMoney, formatNumber, Locale } from '@leitstand/shared-domain';
import type { I18n } from './I18nProvider';

/** Formatting bound to one language: dates 31.03.2026, amounts 1.250.000,00 €, through Intl. */
export interface Formatter {
  date(isoDate: string | null | undefined): string;
  dateTime(instant: string | null | undefined): string;
  money(amount: string | null | undefined, currency?: string): string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  percent(value: number): string;
  /** A milestone's slip in words: "12 Tage später", "3 Tage früher", "im Plan". */
  slip(days: number): string;
}

export function createFormatter(locale: Locale, t: I18n['t']): Formatter {
  const none = t('format.none');
  return {
    date: (isoDate) => (isoDate ? formatDate(isoDate, locale) : none),
    dateTime: (instant) => (instant ? formatDateTime(instant, locale) : none),
    money: (amount, currency = 'EUR') => (amount == null ? none : formatMoney(amount, locale, currency)),
    number: (value, digits = 2) => (value == null ? none : formatNumber(value, locale, digits)),
    percent: (value) => t('format.percent', { value: formatNumber(value, locale, 0) }),
    slip: (days) => {
      if (days === 0) return t('slip.none');
      const count = formatNumber(Math.abs(days), locale, 0);
      if (Math.abs(days) === 1) return t(days > 0 ? 'slip.lateOne' : 'slip.earlyOne');
      return t(days > 0 ? 'slip.late' : 'slip.early', { days: count });
    },
  };
}

/** Today as an ISO calendar date in the viewer's time zone. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
