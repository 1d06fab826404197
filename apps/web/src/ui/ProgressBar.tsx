import { useI18n } from '../i18n/useI18n';

/** Progress in percent: the number in words, the bar only as decoration. */
export function ProgressBar({ value }: { value: number }) {
  const { t } = useI18n();
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="progress-value">{t('format.percent', { value: clamped })}</span>
    </span>
  );
}
