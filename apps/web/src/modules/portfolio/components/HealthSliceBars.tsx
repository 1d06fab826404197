import { useI18n } from '../../../i18n/useI18n';
import { BarChart } from '../../../ui/charts/BarChart';
import { HealthIcon } from '../../../ui/HealthBadge';
import type { HealthSlice } from '../health-slices';

/** The words of a slice: its health's, or "Noch kein Bericht" for the projects never reported on. */
export function useHealthSliceLabel(): (slice: HealthSlice) => string {
  const { t } = useI18n();
  return (slice) => (slice === 'NONE' ? t('health.notReported') : t(`health.${slice}`));
}

/** The projects by health as bars, the projects never reported on as one of their own (see healthSlices). */
export function HealthSliceBars({
  label,
  slices,
  formatValue,
}: {
  label: string;
  slices: readonly { health: HealthSlice; count: number }[];
  formatValue: (value: number) => string;
}) {
  const sliceLabel = useHealthSliceLabel();
  return (
    <BarChart
      label={label}
      formatValue={formatValue}
      bars={slices.map(({ health, count }) => ({
        key: health,
        label: sliceLabel(health),
        value: count,
        fill: `fill-${health}`,
        icon: <HealthIcon health={health} />,
      }))}
    />
  );
}
