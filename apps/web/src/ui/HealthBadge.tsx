import type { Health } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/useI18n';

/** A shape per health, so that the state never depends on colour alone; the text says it anyway. */
export function HealthIcon({ health }: { health: Health | 'NONE' }) {
  return (
    <svg className={`health-icon health-${health}`} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      {health === 'ON_TRACK' && <circle cx="6" cy="6" r="5" />}
      {health === 'AT_RISK' && <path d="M6 1 L11 11 L1 11 Z" />}
      {health === 'OFF_TRACK' && <rect x="1.5" y="1.5" width="9" height="9" />}
      {health === 'NONE' && <circle cx="6" cy="6" r="4.5" className="health-icon-hollow" />}
    </svg>
  );
}

/**
 * A project's health. A project that was never reported on has no health yet, whatever the API
 * starts it with: `reported={false}` says "Noch kein Bericht" instead of "Im Plan".
 */
export function HealthBadge({ health, reported = true }: { health: Health; reported?: boolean }) {
  const { t } = useI18n();
  const shown = reported ? health : 'NONE';
  return (
    <span className={`health-badge health-${shown}`}>
      <HealthIcon health={shown} />
      {reported ? t(`health.${health}`) : t('health.notReported')}
    </span>
  );
}
