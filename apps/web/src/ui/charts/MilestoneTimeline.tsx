import { dayNumber, monthStartOf, monthStarts } from './scales';
import { useWidth } from './useWidth';

export interface TimelineRow {
  id: string;
  label: string;
  /** A heading row (e.g. a project on the roadmap) has no dates. */
  heading?: boolean;
  plannedDate?: string;
  /** The date now expected (forecast, else completed, else planned). */
  dueDate?: string;
  done?: boolean;
  late?: boolean;
}

const ROW = 26;
const AXIS = 30;
const LABEL_WIDTH_MAX = 260;
/** Half the width of the widest marker, plus a pixel: how far a marker reaches either side of its date. */
const MARKER_REACH = 7;

/**
 * Milestones on a time axis: a hollow diamond at the baseline date, a filled mark at the forecast
 * or completion (circle: done, triangle: late, square: open), and the slip as a line between
 * them; "today" as a vertical line.
 * Shapes and lines, not colour alone, carry the difference; the table alternative has every date.
 */
export function MilestoneTimeline({
  rows,
  today,
  label,
  formatMonth,
  todayLabel,
}: {
  rows: readonly TimelineRow[];
  today: string;
  label: string;
  formatMonth: (isoDate: string) => string;
  todayLabel: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const dated = rows.filter((row) => row.plannedDate);
  const allDays = [
    dayNumber(today),
    ...dated.flatMap((row) => [
      dayNumber(row.plannedDate as string),
      dayNumber(row.dueDate ?? (row.plannedDate as string)),
    ]),
  ];
  const labelWidth = Math.min(LABEL_WIDTH_MAX, Math.round(width * 0.38));
  const plotLeft = labelWidth + 8;
  const plotWidth = Math.max(width - plotLeft - 12, 60);
  const height = AXIS + rows.length * ROW + 8;
  // The axis starts at the first of the month of the earliest date, so that every marker stands at
  // or right of a labelled month, with a margin (in days) that keeps each marker whole on the axis.
  const firstMonth = monthStartOf(Math.min(...allDays));
  const span = Math.max(...allDays) - firstMonth + 1;
  const margin = Math.ceil((MARKER_REACH * span) / Math.max(plotWidth - 2 * MARKER_REACH, 1));
  const first = firstMonth - margin;
  const last = Math.max(...allDays) + margin;
  const x = (day: number) => plotLeft + ((day - first) / (last - first || 1)) * plotWidth;
  const months = monthStarts(firstMonth, last);
  const step = Math.max(1, Math.ceil((months.length * 64) / plotWidth));
  const maxChars = Math.max(8, Math.floor(labelWidth / 7));

  return (
    <div ref={ref} className="timeline">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <line className="axis-line" x1={plotLeft} x2={plotLeft + plotWidth} y1={AXIS - 6} y2={AXIS - 6} />
        {months.map((month, index) => (
          <g key={month} className="grid">
            <line x1={x(dayNumber(month))} x2={x(dayNumber(month))} y1={AXIS - 6} y2={height} />
            {index % step === 0 && x(dayNumber(month)) + 64 <= width && (
              <text x={x(dayNumber(month)) + 3} y={AXIS - 12}>
                {formatMonth(month)}
              </text>
            )}
          </g>
        ))}
        <g className="today">
          <line x1={x(dayNumber(today))} x2={x(dayNumber(today))} y1={AXIS - 4} y2={height} />
          <text x={x(dayNumber(today))} y={height - 2} textAnchor="middle" className="today-label">
            {todayLabel}
          </text>
        </g>
        {rows.map((row, index) => {
          const middle = AXIS + index * ROW + ROW / 2;
          const text = row.label.length > maxChars ? `${row.label.slice(0, maxChars - 1)}…` : row.label;
          if (row.heading || !row.plannedDate) {
            return (
              <text key={row.id} x={4} y={middle} dy="0.32em" className="timeline-heading">
                <title>{row.label}</title>
                {text}
              </text>
            );
          }
          const planned = x(dayNumber(row.plannedDate));
          const due = x(dayNumber(row.dueDate ?? row.plannedDate));
          const kind = row.done ? 'done' : row.late ? 'late' : 'open';
          return (
            <g key={row.id} className={`milestone milestone-${kind}`}>
              <text x={12} y={middle} dy="0.32em">
                <title>{row.label}</title>
                {text}
              </text>
              {due !== planned && <line className="slip" x1={planned} x2={due} y1={middle} y2={middle} />}
              <path
                className="baseline-marker"
                d={`M${planned},${middle - 6} L${planned + 6},${middle} L${planned},${middle + 6} L${planned - 6},${middle} Z`}
              />
              {kind === 'done' && <circle className="due-marker" cx={due} cy={middle} r={5} />}
              {kind === 'late' && (
                <path
                  className="due-marker"
                  d={`M${due},${middle - 6} L${due + 6},${middle + 5} L${due - 6},${middle + 5} Z`}
                />
              )}
              {kind === 'open' && <rect className="due-marker" x={due - 5} y={middle - 5} width={10} height={10} />}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
