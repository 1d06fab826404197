import { useMemo, useState } from 'react';
import type { ProjectFilter } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { usePortfolioChanges } from '../hooks/usePortfolioChanges';
import { isIsoDate, rememberedMeetingDate, rememberMeetingDate, startOfDay } from '../report-dates';
import { ChangeList } from './ChangeList';

/**
 * Dashboard card "Seit der letzten Sitzung": what changed in the portfolio since the start of a
 * day the reader chooses (30 days ago until chosen, then remembered in this browser), over the
 * projects of the dashboard's filter.
 */
export function SinceLastMeeting({ filter }: { filter: ProjectFilter | null }) {
  const { t } = useI18n();
  const format = useFormat();
  const today = useMemo(() => todayIso(), []);
  const [date, setDate] = useState(() => rememberedMeetingDate(today));
  const [draft, setDraft] = useState(date);
  const from = useMemo(() => startOfDay(date), [date]);
  const { data, error, loading, refetch } = usePortfolioChanges(from, null, filter);
  const invalid = draft !== '' && (!isIsoDate(draft) || draft > today);

  function choose(value: string) {
    setDraft(value);
    if (isIsoDate(value) && value <= today) {
      setDate(value);
      rememberMeetingDate(value);
    }
  }

  return (
    <section aria-labelledby="since-heading" className="card since-last-meeting" aria-busy={loading}>
      <h2 id="since-heading">{t('since.title')}</h2>
      <div className="field no-print">
        <label htmlFor="since-date">{t('since.date')}</label>
        <input
          id="since-date"
          type="date"
          value={draft}
          max={today}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'since-date-error' : undefined}
          onChange={(event) => choose(event.target.value)}
        />
        {invalid && (
          <p id="since-date-error" className="field-error">
            {t('report.error.future')}
          </p>
        )}
      </div>
      <p>{t('since.range', { date: format.date(date) })}</p>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && <ChangeList changes={data.portfolioChanges} idPrefix="since" level={3} />}
    </section>
  );
}
