import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useSendStatusReminder } from '../hooks/useSendStatusReminder';

/** "Erinnern" beside a stale project: mails its lead now, where a reminder is due; says what happened. */
export function RemindButton({ projectId, code }: { projectId: string; code: string }) {
  const { t } = useI18n();
  const { send, sending } = useSendStatusReminder();
  const [outcome, setOutcome] = useState<'sent' | 'notDue' | 'failed' | null>(null);

  async function remind() {
    setOutcome(null);
    try {
      setOutcome((await send(projectId)) > 0 ? 'sent' : 'notDue');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span className="remind">
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t('reminder.remindFor', { code })}
        disabled={sending || outcome === 'sent'}
        onClick={() => void remind()}
      >
        {t('reminder.remind')}
      </button>
      <span role="status" className="hint">
        {outcome && t(`reminder.outcome.${outcome}`)}
      </span>
    </span>
  );
}
