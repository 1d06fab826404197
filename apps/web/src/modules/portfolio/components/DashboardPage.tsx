import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { DashboardDocument } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import { EMPTY_FILTER, parseFilter, ProjectFilterState, toProjectFilter, writeFilter } from '../../project/filter-url';
import { PortfolioFilterBar } from '../../project/components/PortfolioFilterBar';
import { BudgetByField } from './BudgetByField';
import { BudgetByProject } from './BudgetByProject';
import { BudgetChart } from './BudgetChart';
import { FieldHealthChart } from './FieldHealthChart';
import { HealthChart } from './HealthChart';
import { KeyFigures } from './KeyFigures';
import { MilestoneWatchList } from './MilestoneWatchList';
import { PhaseChart } from './PhaseChart';
import { SinceLastMeeting } from '../../report/components/SinceLastMeeting';
import { RecentChanges } from './RecentChanges';
import { StaleProjects } from './StaleProjects';
import { MyDueReports } from '../../reminder/components/MyDueReports';

/** The dashboard only narrows by strategy, field of action and department. */
function dashboardFilter(params: URLSearchParams): ProjectFilterState {
  const parsed = parseFilter(params);
  return { ...EMPTY_FILTER, strategyId: parsed.strategyId, fieldId: parsed.fieldId, departmentId: parsed.departmentId };
}

/** Portfolio-Übersicht: one page for the board meeting, printable as an A4 report. */
export function DashboardPage() {
  const { t } = useI18n();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = dashboardFilter(params);
  const input = toProjectFilter(filter);
  const { data, error, loading, refetch } = useQuery(DashboardDocument, {
    variables: {
      filter: input,
      staleFilter: { ...input, staleForDays: STALE_AFTER_DAYS },
      withScope: input !== null,
    },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <div className="dashboard" aria-busy={loading}>
      <div className="page-head">
        <PageTitle>{t('dashboard.title')}</PageTitle>
        <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
          {t('dashboard.print')}
        </button>
      </div>
      <p className="print-only">{t('dashboard.printedAt', { when: format.dateTime(new Date().toISOString()) })}</p>
      <MyDueReports />
      <PortfolioFilterBar filter={filter} onChange={(next) => setParams(writeFilter(next))} idPrefix="dashboard" />
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <KeyFigures summary={data.portfolioSummary} filter={filter} />
          <div className="dashboard-grid">
            <HealthChart
              byHealth={data.portfolioSummary.byHealth}
              notReported={data.portfolioSummary.notReported}
              filter={filter}
            />
            <PhaseChart byPhase={data.portfolioSummary.byPhase} filter={filter} />
            <FieldHealthChart byField={data.portfolioSummary.byField} filter={filter} />
            <BudgetChart planned={data.portfolioSummary.budgetPlanned} spent={data.portfolioSummary.budgetSpent} />
          </div>
          <BudgetByField summary={data.portfolioSummary} filter={filter} />
          <BudgetByProject filter={filter} />
          <SinceLastMeeting filter={input} />
          <MilestoneWatchList projectIds={data.scope ? data.scope.nodes.map((project) => project.id) : null} />
          <StaleProjects stale={data.staleList} filter={filter} />
          <RecentChanges projects={data.recent.nodes} />
        </>
      )}
    </div>
  );
}
