import { ReactNode } from 'react';

/** A dashboard section: heading, the chart, and the same figures as a table. */
export function ChartCard({
  id,
  title,
  chart,
  table,
  footer,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card chart-card">
      <h2 id={`${id}-heading`}>{title}</h2>
      {chart}
      <div className="table-wrap">{table}</div>
      {footer}
    </section>
  );
}
