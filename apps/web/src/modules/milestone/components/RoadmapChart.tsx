import { memo, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { followInApp } from '../../../ui/followInApp';
import type { RoadmapProject } from '../hooks/useRoadmap';
import { RoadmapAxis, roadmapAxis, RoadmapGroup, RoadmapZoom } from '../roadmap';
import { RoadmapGroupHeading } from './RoadmapGroupHeading';
import { TimelineLegend } from './TimelineLegend';

export interface RoadmapViewProps {
  groups: RoadmapGroup<RoadmapProject>[];
  collapsed: ReadonlySet<string>;
  onToggle: (groupKey: string) => void;
  noFieldLabel: string;
}

export function groupKey(group: { id: string | null }): string {
  return group.id ?? 'none';
}

/** The end a project is now expected to reach: its actual end, else the forecast, else the plan. */
export function expectedEnd(project: RoadmapProject): string | null {
  return project.actualEndDate ?? project.forecastEndDate ?? project.plannedEndDate ?? null;
}

function dueDate(milestone: RoadmapProject['milestones'][number]): string {
  return milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate;
}

function datesOf(project: RoadmapProject): string[] {
  return [
    project.startDate,
    project.plannedEndDate,
    expectedEnd(project),
    ...project.milestones.flatMap((milestone) => [milestone.plannedDate, dueDate(milestone)]),
  ].filter((date): date is string => Boolean(date));
}

function Span({ from, to, axis, className }: { from: string; to: string; axis: RoadmapAxis; className: string }) {
  const left = axis.x(from);
  const width = Math.max(axis.x(to) - left, 2);
  return <span className={className} style={{ left, width }} />;
}

/** One project's row: its name (a link, with its dates in words) and its bars and milestones. */
const RoadmapBar = memo(function RoadmapBar({ project, axis }: { project: RoadmapProject; axis: RoadmapAxis }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const end = expectedEnd(project);
  const start = project.startDate ?? project.plannedEndDate ?? end;
  const late = Boolean(end && project.plannedEndDate && end > project.plannedEndDate);
  const href = `/projekte/${encodeURIComponent(project.code)}`;
  return (
    <li className="roadmap-row">
      <span className="roadmap-label">
        <a href={href} title={`${project.code} ${project.title}`}>
          {project.code} <span lang={lang}>{project.title}</span>
        </a>
        <span className="visually-hidden">
          {t('roadmap.dates', {
            start: format.date(project.startDate),
            planned: format.date(project.plannedEndDate),
            expected: format.date(end),
          })}
          {', '}
          {n('roadmap.withMilestones', project.milestones.length)}
        </span>
      </span>
      <span className="roadmap-plot" aria-hidden="true">
        {start && project.plannedEndDate && (
          <Span from={start} to={project.plannedEndDate} axis={axis} className="roadmap-bar-planned" />
        )}
        {start && end && (
          <a
            href={href}
            tabIndex={-1}
            className={`roadmap-bar-expected${late ? ' roadmap-bar-late' : ''}`}
            style={{ left: axis.x(start), width: Math.max(axis.x(end) - axis.x(start), 2) }}
            title={`${project.code} ${project.title}`}
          />
        )}
        {!start && <span className="roadmap-no-dates">{t('roadmap.noDates')}</span>}
        {project.milestones.map((milestone) => {
          const due = dueDate(milestone);
          const kind =
            milestone.state === 'DONE'
              ? 'done'
              : milestone.state === 'OVERDUE' || milestone.slipDays > 0
                ? 'late'
                : 'open';
          return (
            <span key={milestone.id} className={`roadmap-milestone milestone-${kind}`}>
              {due !== milestone.plannedDate && (
                <Span
                  from={due < milestone.plannedDate ? due : milestone.plannedDate}
                  to={due < milestone.plannedDate ? milestone.plannedDate : due}
                  axis={axis}
                  className="roadmap-slip"
                />
              )}
              <span className="roadmap-mark roadmap-mark-baseline" style={{ left: axis.x(milestone.plannedDate) }} />
              <span
                className={`roadmap-mark roadmap-mark-${kind}`}
                style={{ left: axis.x(due) }}
                title={`${milestone.title}: ${format.date(due)}`}
              />
            </span>
          );
        })}
      </span>
    </li>
  );
});

/**
 * Projects as bars on a time axis: from start to planned end (outlined) and to the end now
 * expected (filled, below it), with their milestones (shapes as on the project page). The axis and
 * the projects' names stay in view while the chart scrolls. Each project's name links to it, and
 * says its dates in words for screen readers; the table view holds the same as text.
 */
export function RoadmapChart({
  groups,
  collapsed,
  onToggle,
  noFieldLabel,
  zoom,
}: RoadmapViewProps & { zoom: RoadmapZoom }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const today = todayIso();
  const axis = useMemo(
    () => roadmapAxis([today, ...groups.flatMap((group) => group.projects.flatMap(datesOf))], zoom),
    [today, groups, zoom],
  );
  const tickLabel = (tick: (typeof axis.ticks)[number]) =>
    tick.quarter === null ? String(tick.year) : t('roadmap.quarterTick', { quarter: tick.quarter, year: tick.year });

  return (
    <section aria-labelledby="roadmap-chart-heading" className="card roadmap-card">
      <h2 id="roadmap-chart-heading">{t('roadmap.view.timeline')}</h2>
      <p className="hint">{t('roadmap.timeline.hint')}</p>
      <div
        className="roadmap-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('roadmap.view.timeline')}
        onClick={(event) => followInApp(event, navigate)}
      >
        <div className="roadmap-canvas" style={{ ['--plot-width' as string]: `${axis.width}px` }}>
          <div className="roadmap-axis" aria-hidden="true" data-zoom={zoom}>
            <span className="roadmap-corner" />
            <span className="roadmap-plot">
              {axis.ticks.map((tick) => (
                <span key={tick.date} className="roadmap-tick" style={{ left: tick.offset }}>
                  {tickLabel(tick)}
                </span>
              ))}
              <span className="roadmap-today-label" style={{ left: axis.x(today) }}>
                {t('milestone.today')}
              </span>
            </span>
          </div>
          {groups.map((group) => {
            const key = groupKey(group);
            const expanded = !collapsed.has(key);
            const listId = `roadmap-chart-group-${key}`;
            return (
              <section key={key} className="roadmap-group" aria-label={group.name ?? noFieldLabel}>
                <RoadmapGroupHeading
                  name={group.name ?? noFieldLabel}
                  count={group.projects.length}
                  expanded={expanded}
                  controls={listId}
                  onToggle={() => onToggle(key)}
                />
                <ul id={listId} className="roadmap-rows" hidden={!expanded}>
                  {group.projects.map((project) => (
                    <RoadmapBar key={project.id} project={project} axis={axis} />
                  ))}
                </ul>
              </section>
            );
          })}
          <span
            className="roadmap-today"
            aria-hidden="true"
            style={{ left: `calc(var(--label-width) + ${axis.x(today)}px)` }}
          />
        </div>
      </div>
      <TimelineLegend bars />
    </section>
  );
}
