import { formatDateTime } from '@leitstand/shared-domain';
import { useI18n } from '../../../i18n/useI18n';
import { useHealth } from '../hooks/useHealth';

/** The state of server and database, in words (never by colour alone). */
export function SystemStatus() {
  const { t, locale } = useI18n();
  const { health, refresh } = useHealth();

  return (
    <section aria-labelledby="system-heading" className="card">
      <h2 id="system-heading">{t('system.heading')}</h2>
      <div aria-live="polite">
        {health.state === 'loading' && <p>{t('system.loading')}</p>}
        {health.state === 'unreachable' && <p role="alert">{t('system.unreachable')}</p>}
        {health.state === 'answered' && (
          <dl className="facts">
            <dt>{t('system.server')}</dt>
            <dd>
              <span className={`badge badge-${health.health.status === 'ok' ? 'ok' : 'bad'}`}>
                {t(health.health.status === 'ok' ? 'system.state.up' : 'system.state.down')}
              </span>
            </dd>
            <dt>{t('system.database')}</dt>
            <dd>
              {t(`system.database.${health.health.database.kind}`)}:{' '}
              <span className={`badge badge-${health.health.database.status === 'up' ? 'ok' : 'bad'}`}>
                {t(`system.state.${health.health.database.status}`)}
              </span>
            </dd>
            {health.health.database.latencyMs !== undefined && (
              <>
                <dt>{t('system.latency')}</dt>
                <dd>{t('system.latencyValue', { ms: health.health.database.latencyMs.toLocaleString(locale) })}</dd>
              </>
            )}
            <dt>{t('system.checkedAt')}</dt>
            <dd>{formatDateTime(health.checkedAt, locale)}</dd>
          </dl>
        )}
      </div>
      <button type="button" onClick={refresh} disabled={health.state === 'loading'}>
        {t('system.refresh')}
      </button>
    </section>
  );
}
