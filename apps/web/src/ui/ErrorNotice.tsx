import { errorCode } from '../graphql/errors';
import { useI18n } from '../i18n/useI18n';

/** What went wrong, in words that say what to do; with a retry where one can help. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const code = errorCode(error) ?? 'UNKNOWN';
  return (
    <div role="alert" className="notice notice-error">
      <p>{t(`error.${code}`)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
