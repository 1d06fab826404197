import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { RoadmapDocument } from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { MilestoneTimeline, TimelineRow } from '../../../ui/charts/MilestoneTimeline';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { PageTitle } from '../../../ui/PageTitle';
import { ExportLinks } from '../../project/components/ExportLinks';
import { PortfolioFilterBar } from '../../project/components/PortfolioFilterBar';
import { EMPTY_FILTER, parseFilter, toProjectFilter, writeFilter } from '../../project/filter-url';
import { useMilestoneText } from '../hooks/useMilestoneText';
import { useMonthFormat } from '../hooks/useMonthFormat';
import { TimelineLegend } from './TimelineLegend';
import { TableWrap } from '../../../ui/TableWrap';

const VIEW_PARAM = 'ansicht';
const TABLE_VIEW = 'tabelle';
const DONE_PARAM = 'erledigte';

/** The milestones of the filtered portfolio on one time axis, or the same as a table. */
export function RoadmapPage() {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const formatMonth = useMonthFormat();
  const [params, setParams] = useSearchParams();
  const parsed = parseFilter(params);
  const filter = {
    ...EMPTY_FILTER,
    strategyId: parsed.strategyId,
    fieldId: parsed.fieldId,
    departmentId: parsed.departmentId,
  };
  const asTable = params.get(VIEW_PARAM) === TABLE_VIEW;
  const showDone = params.get(DONE_PARAM) === 'ja';
  const { data, error, loading, refetch } = useQuery(RoadmapDocument, {
    variables: { filter: toProjectFilter(filter) },
    fetchPolicy: 'cache-and-network',
  });

  function update(next: { filter?: typeof filter; table?: boolean; done?: boolean }) {
    const out = writeFilter(next.filter ?? filter);
    if (next.table ?? asTable) out.set(VIEW_PARAM, TABLE_VIEW);
    if (next.done ?? showDone) out.set(DONE_PARAM, 'ja');
    setParams(out, { replace: next.filter === undefined });
  }

  const projects = (data?.projects.nodes ?? [])
    .map((project) => ({
      ...project,
      milestones: project.milestones.filter((milestone) => showDone || milestone.state !== 'DONE'),
    }))
    .filter((project) => project.milestones.length > 0);
  const count = projects.reduce((sum, project) => sum + project.milestones.length, 0);
  const counted = { milestones: n('roadmap.milestones', count), projects: n('roadmap.inProjects', projects.length) };
  const rows: TimelineRow[] = projects.flatMap((project) => [
    { id: `project-${project.id}`, label: `${project.code} ${project.title}`, heading: true },
    ...project.milestones.map((milestone) => ({
      id: milestone.id,
      label: milestone.title,
      plannedDate: milestone.plannedDate,
      dueDate: milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate,
      done: milestone.state === 'DONE',
      late: milestone.state === 'OVERDUE' || milestone.slipDays > 0,
    })),
  ]);

  return (
    <>
      <PageTitle>{t('roadmap.title')}</PageTitle>
      <PortfolioFilterBar filter={filter} onChange={(next) => update({ filter: next })} idPrefix="roadmap" />
      <div className="list-toolbar">
        <div className="segmented" role="group" aria-label={t('roadmap.view')}>
          <button type="button" aria-pressed={!asTable} onClick={() => update({ table: false })}>
            {t('roadmap.view.timeline')}
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => update({ table: true })}>
            {t('roadmap.view.table')}
          </button>
        </div>
        <label className="field-checkbox">
          <input type="checkbox" checked={showDone} onChange={(event) => update({ done: event.target.checked })} />
          {t('roadmap.showDone')}
        </label>
        <p role="status" className="result-count">
          {data ? t('roadmap.count', counted) : ''}
        </p>
        <ExportLinks kind="milestones" filter={filter} includeDone={showDone} />
      </div>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && count === 0 && <p>{t('roadmap.none')}</p>}
      {data && count > 0 && !asTable && (
        <section aria-labelledby="roadmap-chart-heading" className="card">
          <h2 id="roadmap-chart-heading">{t('roadmap.view.timeline')}</h2>
          <p className="hint">{t('roadmap.timeline.hint')}</p>
          <MilestoneTimeline
            rows={rows}
            today={todayIso()}
            todayLabel={t('milestone.today')}
            formatMonth={formatMonth}
            label={t('roadmap.timeline.label', counted)}
          />
          <TimelineLegend />
        </section>
      )}
      {data && count > 0 && asTable && (
        <section aria-labelledby="roadmap-table-heading" className="card">
          <h2 id="roadmap-table-heading">{t('roadmap.view.table')}</h2>
          <TableWrap label={t('roadmap.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('roadmap.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('milestone.project')}</th>
                  <th scope="col">{t('milestone.title')}</th>
                  <th scope="col">{t('milestone.planned')}</th>
                  <th scope="col">{t('milestone.due')}</th>
                  <th scope="col">{t('milestone.slip')}</th>
                  <th scope="col">{t('milestone.state')}</th>
                </tr>
              </thead>
              <tbody>
                {projects.flatMap((project) =>
                  project.milestones.map((milestone) => (
                    <tr key={milestone.id}>
                      <td>
                        <Link to={`/projekte/${encodeURIComponent(project.code)}`}>
                          {project.code} <span lang={lang}>{project.title}</span>
                        </Link>
                      </td>
                      <td lang={lang}>{milestone.title}</td>
                      <td className="nowrap">{format.date(milestone.plannedDate)}</td>
                      <td className="nowrap">
                        {format.date(milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate)}
                      </td>
                      <td>{text.slip(milestone)}</td>
                      <td>
                        <MilestoneStateBadge state={milestone.state} />
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
    </>
  );
}
