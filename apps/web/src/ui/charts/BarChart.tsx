import { ReactNode } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as text, where formatting the number would lose something (e.g. exact amounts). */
  display?: string;
  /** A class that sets the bar's colour and pattern, e.g. 'fill-AT_RISK'. */
  fill?: string;
  icon?: ReactNode;
}

/**
 * Horizontal bars in HTML and CSS: labels and values are real text that scales with the page
 * and prints sharply. For assistive technology it is one image whose name lists every value;
 * the table next to it carries the same figures.
 */
export function BarChart({
  bars,
  label,
  formatValue,
  max,
}: {
  bars: readonly Bar[];
  label: string;
  formatValue: (value: number) => string;
  max?: number;
}) {
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  const description = `${label}: ${bars.map((bar) => `${bar.label} ${bar.display ?? formatValue(bar.value)}`).join(', ')}`;
  return (
    <div className="bar-chart" role="img" aria-label={description}>
      {bars.map((bar) => (
        <div className="bar-row" key={bar.key}>
          <span className="bar-label">
            {bar.icon}
            {bar.label}
          </span>
          <span className="bar-track">
            <span className={`bar ${bar.fill ?? 'fill-brand'}`} style={{ width: `${(bar.value / top) * 100}%` }} />
          </span>
          <span className="bar-value">{bar.display ?? formatValue(bar.value)}</span>
        </div>
      ))}
    </div>
  );
}
