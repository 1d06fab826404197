import { useMemo } from 'react';
import type { MilestoneState } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { dayNumber } from '../../../ui/charts/scales';

interface MilestoneDates {
  state: MilestoneState;
  slipDays: number;
  plannedDate: string;
  forecastDate?: string | null;
}

/**
 * A milestone's forecast and slip in words. An overdue milestone is never "im Plan" or
 * "wie geplant": its date has passed and it is not done, so it says how long it is overdue,
 * and that no new forecast has been given.
 */
export function useMilestoneText(today: string = todayIso()) {
  const { t, n } = useI18n();
  const format = useFormat();
  return useMemo(
    () => ({
      forecast: (milestone: MilestoneDates): string => {
        if (milestone.forecastDate) return format.date(milestone.forecastDate);
        return t(milestone.state === 'OVERDUE' ? 'milestone.noForecast' : 'milestone.asPlanned');
      },
      slip: (milestone: MilestoneDates): string => {
        if (milestone.state === 'OVERDUE' && milestone.slipDays <= 0) {
          const due = milestone.forecastDate ?? milestone.plannedDate;
          return n('slip.overdue', Math.max(0, dayNumber(today) - dayNumber(due)));
        }
        return format.slip(milestone.slipDays);
      },
    }),
    [t, n, format, today],
  );
}
