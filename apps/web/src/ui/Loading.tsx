import { useI18n } from '../i18n/useI18n';

/** A polite, textual loading state. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {label ?? t('state.loading')}
    </p>
  );
}
