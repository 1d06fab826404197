import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n';

export type ConflictState = 'none' | 'conflict' | 'reloaded';

/**
 * What a form says when its record was changed by someone else meanwhile (CONFLICT): what was typed
 * stays; "load the current state" fetches the server's values, which the form then shows at their
 * fields, and the next save goes against the new version. The notice takes the focus when it appears.
 */
export function ConflictNotice({
  state,
  reloading,
  onReload,
  text,
}: {
  state: ConflictState;
  reloading: boolean;
  onReload(): void;
  /** What was changed, where it is not the project itself (a milestone, a risk). */
  text?: string;
}) {
  const { t } = useI18n();
  const conflictRef = useRef<HTMLDivElement>(null);
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state === 'conflict') conflictRef.current?.focus();
    if (state === 'reloaded') reloadedRef.current?.focus();
  }, [state]);
  if (state === 'conflict')
    return (
      <div role="alert" className="notice notice-warning" tabIndex={-1} ref={conflictRef}>
        <p>{text ?? t('edit.conflict')}</p>
        <button type="button" onClick={onReload} disabled={reloading}>
          {t('status.conflict.reload')}
        </button>
      </div>
    );
  if (state === 'reloaded')
    return (
      <p role="status" className="notice" tabIndex={-1} ref={reloadedRef}>
        {t('status.conflict.reloaded')}
      </p>
    );
  return null;
}
