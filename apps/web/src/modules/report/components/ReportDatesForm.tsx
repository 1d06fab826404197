import { FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { TextField } from '../../../ui/form/TextField';
import { isIsoDate, ReportDates } from '../report-dates';

/** The Stichtag and the comparison date; a change takes effect when it is sent. */
export function ReportDatesForm({
  dates,
  today,
  onChange,
}: {
  dates: ReportDates;
  today: string;
  onChange(dates: ReportDates): void;
}) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState(dates.asOf);
  const [since, setSince] = useState(dates.since);
  const [errors, setErrors] = useState<{ asOf?: string; since?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: { asOf?: string; since?: string } = {};
    if (!isIsoDate(asOf)) next.asOf = t('report.error.date');
    else if (asOf > today) next.asOf = t('report.error.future');
    if (!isIsoDate(since)) next.since = t('report.error.date');
    else if (isIsoDate(asOf) && since >= asOf) next.since = t('report.error.sinceAfter');
    setErrors(next);
    if (Object.keys(next).length === 0) onChange({ asOf, since });
  }

  return (
    <form className="report-dates no-print" onSubmit={submit} noValidate aria-label={t('report.dates')}>
      <TextField
        id="report-as-of"
        type="date"
        label={t('report.asOf')}
        value={asOf}
        onChange={setAsOf}
        max={today}
        error={errors.asOf}
        required
      />
      <TextField
        id="report-since"
        type="date"
        label={t('report.since')}
        hint={t('report.since.hint')}
        value={since}
        onChange={setSince}
        max={today}
        error={errors.since}
        required
      />
      <button type="submit">{t('report.show')}</button>
    </form>
  );
}
