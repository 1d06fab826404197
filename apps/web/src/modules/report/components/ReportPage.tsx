import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { usePortfolioChanges } from '../hooks/usePortfolioChanges';
import { useReportProjects } from '../hooks/useReportProjects';
import { useReportSummary } from '../hooks/useReportSummary';
import { budgetTotals, groupByField } from '../report';
import {
  parseReportDates,
  rememberedReportDate,
  rememberReportDate,
  reportExportHref,
  reportInstants,
  writeReportDates,
} from '../report-dates';
import { ChangeList } from './ChangeList';
import { ReportDatesForm } from './ReportDatesForm';
import { ReportProject } from './ReportProject';
import { ReportSummary } from './ReportSummary';

function fieldAnchor(id: string | null): string {
  return `report-field-${id === null ? 'none' : id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/**
 * Sachstandsbericht: the portfolio as it stood on a Stichtag, and what changed since the
 * comparison date, as one document that prints on A4 for a committee.
 */
export function ReportPage() {
  const { t, n, locale } = useI18n();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayIso(), []);
  const dates = parseReportDates(params, today, rememberedReportDate());
  const address = writeReportDates(dates).toString();
  const { asOf, since } = dates;
  const instants = useMemo(() => reportInstants({ asOf, since }, today), [asOf, since, today]);

  // The address always names both dates, so that it can be shared as it stands.
  useEffect(() => {
    if (params.toString() !== address) setParams(new URLSearchParams(address), { replace: true });
  }, [address, params, setParams]);

  // The browser's own print counts as printing the report too.
  useEffect(() => {
    const remember = () => rememberReportDate(dates.asOf);
    window.addEventListener('beforeprint', remember);
    return () => window.removeEventListener('beforeprint', remember);
  }, [dates.asOf]);

  const summary = useReportSummary(instants.asOf);
  const projects = useReportProjects(instants.asOf);
  const changes = usePortfolioChanges(instants.from, instants.asOf);
  const groups = useMemo(
    () => (projects.projects ? groupByField(projects.projects, locale) : null),
    [projects.projects, locale],
  );
  const loading = !summary.data || !groups || !changes.data;
  const strategies = summary.data?.strategies.map((strategy) => strategy.name).join(' · ');
  const sinceTitle = t('report.changes', { date: format.date(dates.since) });

  return (
    <div className="report" aria-busy={loading}>
      <section className="report-cover" aria-labelledby="report-cover-title">
        <p className="report-cover-strategy">{strategies}</p>
        <div id="report-cover-title">
          <PageTitle title={`${t('report.title')} ${format.date(dates.asOf)}`}>{t('report.title')}</PageTitle>
        </div>
        <p className="report-cover-date">{t('report.cover.asOf', { date: format.date(dates.asOf) })}</p>
        <p>{t('report.cover.since', { date: format.date(dates.since) })}</p>
        <p className="print-only">{t('report.cover.printed', { date: format.date(today) })}</p>
      </section>
      <ReportDatesForm
        key={address}
        dates={dates}
        today={today}
        onChange={(next) => setParams(writeReportDates(next))}
      />
      <p className="no-print">
        <button
          type="button"
          className="button-secondary"
          disabled={loading}
          onClick={() => {
            rememberReportDate(dates.asOf);
            window.print();
          }}
        >
          {t('report.print')}
        </button>{' '}
        <a className="button-link button-secondary" href={reportExportHref(dates, locale)} download>
          {t('report.excel')}
        </a>{' '}
        <span className="hint">{t('report.print.hint')}</span>
      </p>
      {summary.error && !summary.data && <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />}
      {projects.error != null && !groups && <ErrorNotice error={projects.error} onRetry={projects.retry} />}
      {changes.error && !changes.data && <ErrorNotice error={changes.error} onRetry={() => void changes.refetch()} />}
      {loading && !summary.error && projects.error == null && !changes.error && (
        <>
          <Loading />
          {projects.totalCount !== null && (
            <p role="status">{t('report.loading', { loaded: projects.loaded, total: projects.totalCount })}</p>
          )}
        </>
      )}
      {!loading && summary.data && groups && changes.data && (
        <>
          <nav className="report-contents" aria-labelledby="report-contents-heading">
            <h2 id="report-contents-heading">{t('report.contents')}</h2>
            <ol>
              <li>
                <a href="#report-summary">{t('report.summary')}</a>
              </li>
              {groups.map((group) => (
                <li key={group.id ?? 'none'}>
                  <a href={`#${fieldAnchor(group.id)}`}>{group.name ?? t('report.field.none')}</a>{' '}
                  <span className="muted">({n('projects.count', group.projects.length)})</span>
                </li>
              ))}
              <li>
                <a href="#report-changes">{sinceTitle}</a>
              </li>
            </ol>
          </nav>
          <ReportSummary summary={summary.data.portfolioSummary} />
          {groups.length === 0 && <p>{t('report.projects.none')}</p>}
          {groups.map((group) => {
            const totals = budgetTotals(group.projects);
            const id = fieldAnchor(group.id);
            return (
              <section key={group.id ?? 'none'} id={id} aria-labelledby={`${id}-heading`} className="report-section">
                <h2 id={`${id}-heading`}>{group.name ?? t('report.field.none')}</h2>
                <p className="report-field-totals">
                  {n('projects.count', group.projects.length)} ·{' '}
                  <span className="nowrap">
                    {t('budget.planned')}: {format.money(totals.planned)}
                  </span>{' '}
                  ·{' '}
                  <span className="nowrap">
                    {t('budget.spent')}: {format.money(totals.spent)}
                  </span>
                </p>
                {group.projects.map((project) => (
                  <ReportProject key={project.id} project={project} />
                ))}
              </section>
            );
          })}
          <section id="report-changes" aria-labelledby="report-changes-heading" className="report-section">
            <h2 id="report-changes-heading">{sinceTitle}</h2>
            <p>
              {t('report.changes.range', {
                from: format.date(dates.since),
                to: format.date(dates.asOf),
              })}
            </p>
            <ChangeList changes={changes.data.portfolioChanges} idPrefix="report-changes" level={3} />
          </section>
        </>
      )}
    </div>
  );
}
