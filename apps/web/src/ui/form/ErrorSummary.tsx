import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n';

export interface SummaryEntry {
  /** The DOM id of the control at fault; the entry links to it. */
  target: string;
  label: string;
  message: string;
}

/**
 * The list of what a form refused, above it, each a link to its field; it takes the focus after
 * each attempt (`attempt` counts them), so that a screen reader announces it and a keyboard user
 * starts there.
 */
export function ErrorSummary({
  entries,
  other = [],
  attempt,
}: {
  entries: readonly SummaryEntry[];
  other?: readonly string[];
  attempt: number;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const shown = entries.length > 0 || other.length > 0;
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <div role="alert" className="notice notice-error error-summary" tabIndex={-1} ref={ref}>
      <h2 className="h3">{t('form.errorSummary')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.target}>
            <a href={`#${entry.target}`}>{`${entry.label}: ${entry.message}`}</a>
          </li>
        ))}
        {other.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
