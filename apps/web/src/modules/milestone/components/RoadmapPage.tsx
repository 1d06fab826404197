import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { ExportLinks } from '../../project/components/ExportLinks';
import { PortfolioFilterBar } from '../../project/components/PortfolioFilterBar';
import { EMPTY_FILTER, parseFilter, toProjectFilter, writeFilter } from '../../project/filter-url';
import { useRoadmap } from '../hooks/useRoadmap';
import { groupByField, RoadmapZoom } from '../roadmap';
import { RoadmapChart } from './RoadmapChart';
import { RoadmapTable } from './RoadmapTable';

const VIEW_PARAM = 'ansicht';
const TABLE_VIEW = 'tabelle';
const DONE_PARAM = 'erledigte';
const ZOOM_PARAM = 'raster';
const ZOOM_VALUE: Record<RoadmapZoom, string> = { quarter: 'quartal', year: 'jahr' };

/**
 * Every project of the filtered portfolio on one time axis, grouped by field of action, or the same
 * as a table. The projects arrive page by page; until the last has, the count says "x von y".
 */
export function RoadmapPage() {
  const { t, n, locale } = useI18n();
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
  const zoom: RoadmapZoom = params.get(ZOOM_PARAM) === ZOOM_VALUE.quarter ? 'quarter' : 'year';
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const roadmap = useRoadmap(toProjectFilter(filter));

  function update(next: { filter?: typeof filter; table?: boolean; done?: boolean; zoom?: RoadmapZoom }) {
    const out = writeFilter(next.filter ?? filter);
    if (next.table ?? asTable) out.set(VIEW_PARAM, TABLE_VIEW);
    if (next.done ?? showDone) out.set(DONE_PARAM, 'ja');
    if ((next.zoom ?? zoom) === 'quarter') out.set(ZOOM_PARAM, ZOOM_VALUE.quarter);
    setParams(out, { replace: next.filter === undefined });
  }

  // The same function at every render, so that a group that neither folds nor moves is not drawn again.
  const toggle = useCallback(
    (groupKey: string) => {
      setCollapsed((previous) => {
        const next = new Set(previous);
        if (next.has(groupKey)) next.delete(groupKey);
        else next.add(groupKey);
        return next;
      });
    },
    [setCollapsed],
  );

  // The chart is drawn once every page has arrived (its axis spans them all); until then the count
  // says how many of how many have.
  const complete = roadmap.loading ? null : roadmap.nodes;
  const projects = useMemo(
    () =>
      (complete ?? []).map((project) => ({
        ...project,
        milestones: project.milestones.filter((milestone) => showDone || milestone.state !== 'DONE'),
      })),
    [complete, showDone],
  );
  const groups = useMemo(() => groupByField(projects, locale), [projects, locale]);
  const milestoneCount = projects.reduce((sum, project) => sum + project.milestones.length, 0);
  const count = roadmap.loading
    ? n('roadmap.loaded', roadmap.totalCount, { loaded: roadmap.nodes?.length ?? 0 })
    : t('roadmap.count', {
        projects: n('roadmap.projects', projects.length),
        milestones: n('roadmap.withMilestones', milestoneCount),
      });
  const view = { groups, collapsed, onToggle: toggle, noFieldLabel: t('roadmap.noField') };

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
        {!asTable && (
          <div className="segmented" role="group" aria-label={t('roadmap.zoom')}>
            <button type="button" aria-pressed={zoom === 'quarter'} onClick={() => update({ zoom: 'quarter' })}>
              {t('roadmap.zoom.quarter')}
            </button>
            <button type="button" aria-pressed={zoom === 'year'} onClick={() => update({ zoom: 'year' })}>
              {t('roadmap.zoom.year')}
            </button>
          </div>
        )}
        <label className="field-checkbox">
          <input type="checkbox" checked={showDone} onChange={(event) => update({ done: event.target.checked })} />
          {t('roadmap.showDone')}
        </label>
        <p role="status" className="result-count">
          {roadmap.nodes ? count : ''}
        </p>
        <ExportLinks kind="milestones" filter={filter} includeDone={showDone} />
      </div>
      {roadmap.error !== undefined && <ErrorNotice error={roadmap.error} onRetry={roadmap.retry} />}
      {roadmap.loading && roadmap.error === undefined && <Loading />}
      {complete && projects.length === 0 && <p>{t('roadmap.none')}</p>}
      <div aria-busy={roadmap.loading}>
        {projects.length > 0 && !asTable && <RoadmapChart {...view} zoom={zoom} />}
        {projects.length > 0 && asTable && <RoadmapTable {...view} />}
      </div>
    </>
  );
}
