import { dayNumber, niceTicks } from './scales';
import { useWidth } from './useWidth';

export interface LinePoint {
  date: string;
  value: number;
}

const HEIGHT = 200;
const MARGIN = { top: 16, right: 16, bottom: 28, left: 64 };

/**
 * A key figure over time: its measurements as a line with points, its target as a dashed line
 * and its baseline as a dotted one, each named in words. An image to assistive technology,
 * named by `label`; the table beside it lists every measurement.
 */
export function LineChart({
  points,
  target,
  baseline,
  label,
  formatValue,
  formatDate,
  targetLabel,
  baselineLabel,
}: {
  points: readonly LinePoint[];
  target: number | null;
  baseline: number | null;
  label: string;
  formatValue: (value: number) => string;
  formatDate: (isoDate: string) => string;
  targetLabel: string;
  baselineLabel: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const values = [...points.map((point) => point.value), target ?? 0, baseline ?? 0, 0];
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const days = points.map((point) => dayNumber(point.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const innerWidth = Math.max(width - MARGIN.left - MARGIN.right, 40);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (day: number) =>
    MARGIN.left + (last === first ? innerWidth / 2 : ((day - first) / (last - first)) * innerWidth);
  const y = (value: number) => MARGIN.top + innerHeight - ((value - low) / (high - low || 1)) * innerHeight;
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(days[index])},${y(point.value)}`).join(' ');

  return (
    <div ref={ref} className="line-chart">
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        {ticks.map((tick) => (
          <g key={tick} className="grid">
            <line x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {baseline != null && (
          <g className="reference reference-baseline">
            <line x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={y(baseline)} y2={y(baseline)} />
            <text x={MARGIN.left + 4} y={y(baseline) + 14}>
              {`${baselineLabel}: ${formatValue(baseline)}`}
            </text>
          </g>
        )}
        {target != null && (
          <g className="reference reference-target">
            <line x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={y(target)} y2={y(target)} />
            <text x={MARGIN.left + innerWidth - 4} y={y(target) - 6} textAnchor="end">
              {`${targetLabel}: ${formatValue(target)}`}
            </text>
          </g>
        )}
        {points.length > 0 && (
          <>
            <path className="series" d={path} />
            {points.map((point, index) => (
              <circle key={point.date + index} className="series-point" cx={x(days[index])} cy={y(point.value)} r={4} />
            ))}
            <text className="axis" x={x(first)} y={HEIGHT - 8} textAnchor={last === first ? 'middle' : 'start'}>
              {formatDate(points[0].date)}
            </text>
            {last !== first && (
              <text className="axis" x={x(last)} y={HEIGHT - 8} textAnchor="end">
                {formatDate(points[points.length - 1].date)}
              </text>
            )}
          </>
        )}
      </svg>
    </div>
  );
}
