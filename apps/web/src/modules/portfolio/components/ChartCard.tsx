import { ReactNode } from 'react';
import { TableWrap } from '../../../ui/TableWrap';

/** A dashboard section: heading, the chart, and the same figures as a table. */
export function ChartCard({
  id,
  title,
  chart,
  table,
  footer,
  wide = false,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
  footer?: ReactNode;
  /** Spans the whole width of the dashboard (for charts with many rows or long labels). */
  wide?: boolean;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`card chart-card${wide ? ' chart-card-wide' : ''}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {chart}
      <TableWrap label={title}>{table}</TableWrap>
      {footer}
    </section>
  );
}
