import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';

/** "Mär 2026" / "Mar 2026" for the month of an ISO date, as a time axis labels it. */
export function useMonthFormat(): (isoDate: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));
  }, [locale]);
}
