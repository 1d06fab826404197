import { ReactNode } from 'react';

export interface StackSeries {
  key: string;
  label: string;
  /** Colour and pattern of the segments, e.g. 'fill-AT_RISK'. */
  fill: string;
  icon?: ReactNode;
}

export interface StackRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

/**
 * Rows of stacked segments, one per series, with a legend. Series differ by pattern as well as
 * colour, and each segment wide enough shows its count; the table next to it has every figure.
 */
export function StackedBarChart({
  rows,
  series,
  label,
  formatValue,
}: {
  rows: readonly StackRow[];
  series: readonly StackSeries[];
  label: string;
  formatValue: (value: number) => string;
}) {
  const total = (row: StackRow) => series.reduce((sum, one) => sum + (row.values[one.key] ?? 0), 0);
  const top = Math.max(1, ...rows.map(total));
  const description = `${label}: ${rows
    .map(
      (row) =>
        `${row.label} (${series.map((one) => `${one.label} ${formatValue(row.values[one.key] ?? 0)}`).join(', ')})`,
    )
    .join('; ')}`;
  return (
    <div className="stacked-chart">
      <ul className="legend" aria-hidden="true">
        {series.map((one) => (
          <li key={one.key}>
            <span className={`legend-swatch ${one.fill}`} />
            {one.icon}
            {one.label}
          </li>
        ))}
      </ul>
      <div className="bar-chart" role="img" aria-label={description}>
        {rows.map((row) => (
          <div className="bar-row" key={row.key}>
            <span className="bar-label">{row.label}</span>
            <span className="bar-track">
              {series.map((one) => {
                const value = row.values[one.key] ?? 0;
                if (value === 0) return null;
                return (
                  <span key={one.key} className={`bar ${one.fill}`} style={{ width: `${(value / top) * 100}%` }}>
                    <span className="bar-segment-value">{formatValue(value)}</span>
                  </span>
                );
              })}
            </span>
            <span className="bar-value">{formatValue(total(row))}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
