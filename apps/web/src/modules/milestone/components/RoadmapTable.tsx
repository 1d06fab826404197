import { defaultRangeExtractor, measureElement, Range, useWindowVirtualizer } from '@tanstack/react-virtual';
import { FocusEvent, memo, ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { HealthBadge } from '../../../ui/HealthBadge';
import { MilestoneStateBadge } from '../../../ui/MilestoneStateBadge';
import { TableWrap } from '../../../ui/TableWrap';
import { followInApp } from '../../../ui/followInApp';
import { usePrinting } from '../../../ui/usePrinting';
import { dayNumber } from '../../../ui/charts/scales';
import type { RoadmapProject } from '../hooks/useRoadmap';
import { useMilestoneText } from '../hooks/useMilestoneText';
import { RoadmapGroup, roadmapTableRows, RoadmapTableRow } from '../roadmap';
import { expectedEnd, groupKey, RoadmapViewProps } from './RoadmapChart';
import { RoadmapGroupHeading } from './RoadmapGroupHeading';

/**
 * From this many rows (projects and milestones, all groups together) the table draws only the rows
 * near the window's view; below it, every row, as a small portfolio costs little.
 */
export const WINDOWED_FROM_ROWS = 400;
/** Rows drawn beyond the view at either end (Tab finds the next project in any case: see rangeExtractor). */
const OVERSCAN = 10;
/** A row's height until it is measured (and where it cannot be, as in a test's document). */
const PROJECT_ROW_HEIGHT = 42;
const MILESTONE_ROW_HEIGHT = 38;
const COLUMNS = 6;

type Row = RoadmapTableRow<RoadmapProject>;

/**
 * The roadmap as text, grouped as the chart is: per field of action a table of its projects, each
 * with its start, planned and expected end, followed by its milestones.
 *
 * A large portfolio's tables (1,000 projects are some 8,000 rows) draw only the rows near the view,
 * the others stand in as empty space of their height, and each table says how many rows it has
 * (`aria-rowcount`) and each row which one it is (`aria-rowindex`). The focused row stays drawn, and
 * when printing every row is.
 */
export function RoadmapTable({ groups, collapsed, onToggle, noFieldLabel }: RoadmapViewProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const printing = usePrinting();
  const sectionRef = useRef<HTMLElement>(null);
  const rowCount = groups.reduce(
    (sum, group) => sum + group.projects.reduce((inGroup, project) => inGroup + 1 + project.milestones.length, 0),
    0,
  );
  const windowed = rowCount >= WINDOWED_FROM_ROWS && !printing;
  // Where each group's table starts moves as the groups above it open, close and measure their rows.
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    const section = sectionRef.current;
    if (!windowed || !section || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setLayout((previous) => previous + 1));
    observer.observe(section);
    return () => observer.disconnect();
  }, [windowed]);

  return (
    <section
      ref={sectionRef}
      aria-labelledby="roadmap-table-heading"
      className="card roadmap-card"
      onClick={(event) => followInApp(event, navigate)}
    >
      <h2 id="roadmap-table-heading">{t('roadmap.view.table')}</h2>
      {groups.map((group) => {
        const key = groupKey(group);
        return (
          <RoadmapTableGroup
            key={key}
            group={group}
            groupKey={key}
            name={group.name ?? noFieldLabel}
            expanded={!collapsed.has(key)}
            windowed={windowed}
            layout={layout}
            onToggle={onToggle}
          />
        );
      })}
    </section>
  );
}

/** One field of action's heading and table; its rows are drawn near the view only when windowed. */
const RoadmapTableGroup = memo(function RoadmapTableGroup({
  group,
  groupKey: key,
  name,
  expanded,
  windowed,
  layout,
  onToggle,
}: {
  group: RoadmapGroup<RoadmapProject>;
  groupKey: string;
  name: string;
  expanded: boolean;
  windowed: boolean;
  /** Changes when the rows above may have moved. */
  layout: number;
  onToggle: (groupKey: string) => void;
}) {
  const { t } = useI18n();
  const rows = useMemo(() => roadmapTableRows(group.projects), [group.projects]);
  const tableId = `roadmap-table-group-${key}`;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [bodyTop, setBodyTop] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const active = windowed && expanded;

  // Where the body starts on the page, measured again whenever the rows above it may have moved.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!active || !body) return;
    setBodyTop(Math.round(body.getBoundingClientRect().top + window.scrollY));
  }, [active, layout]);

  const estimate = useCallback(
    (index: number) => (rows[index]?.milestone ? MILESTONE_ROW_HEIGHT : PROJECT_ROW_HEIGHT),
    [rows],
  );
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    enabled: active,
    estimateSize: estimate,
    overscan: OVERSCAN,
    scrollMargin: bodyTop,
    getItemKey: (index) => rows[index].key,
    // A row that is hidden or not laid out (as in a test's document) keeps its estimate.
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance);
      return height > 0 ? height : estimate(Number(element.getAttribute('data-index')));
    },
    // The focused row stays drawn while the view scrolls away from it, so that focus is not lost,
    // and so do the projects before and after it, where Shift+Tab and Tab go from it.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (focused === null || focused >= rows.length) return indexes;
        const kept = new Set([...indexes, ...neighbours(rows, focused)]);
        return [...kept].sort((a, b) => a - b);
      },
      [focused, rows],
    ),
  });

  function onFocus(event: FocusEvent<HTMLTableSectionElement>) {
    const row = (event.target as HTMLElement).closest('tr[data-index]');
    if (row) setFocused(Number(row.getAttribute('data-index')));
  }
  function onBlur(event: FocusEvent<HTMLTableSectionElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  }

  let body: ReactNode[];
  if (!expanded) body = [];
  else if (!active) body = rows.map((row, index) => <TableRow key={row.key} row={row} index={index} />);
  else {
    body = [];
    let end = bodyTop;
    for (const item of virtualizer.getVirtualItems()) {
      if (item.start > end) body.push(<Spacer key={`gap-${item.index}`} height={item.start - end} />);
      body.push(
        <TableRow key={item.key} row={rows[item.index]} index={item.index} measure={virtualizer.measureElement} />,
      );
      end = item.end;
    }
    const rest = bodyTop + virtualizer.getTotalSize() - end;
    if (rest > 0) body.push(<Spacer key="rest" height={rest} />);
  }

  return (
    <section className="roadmap-group" aria-label={name}>
      <RoadmapGroupHeading
        name={name}
        count={group.projects.length}
        expanded={expanded}
        controls={tableId}
        onToggle={() => onToggle(key)}
      />
      <div id={tableId} hidden={!expanded}>
        <TableWrap label={name}>
          <table
            className={`table roadmap-table${windowed ? ' roadmap-table-windowed' : ''}`}
            aria-rowcount={rows.length + 1}
          >
            <caption className="visually-hidden">{name}</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('roadmap.col.item')}</th>
                <th scope="col">{t('roadmap.col.start')}</th>
                <th scope="col">{t('roadmap.col.planned')}</th>
                <th scope="col">{t('roadmap.col.expected')}</th>
                <th scope="col">{t('milestone.slip')}</th>
                <th scope="col">{t('roadmap.col.state')}</th>
              </tr>
            </thead>
            <tbody ref={bodyRef} onFocus={onFocus} onBlur={onBlur}>
              {body}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </section>
  );
});

/** A row and the project rows before and after it. */
function neighbours(rows: readonly Row[], at: number): number[] {
  const kept = [at];
  for (let before = at - 1; before >= 0; before--) {
    if (rows[before].milestone === null) {
      kept.push(before);
      break;
    }
  }
  for (let after = at + 1; after < rows.length; after++) {
    if (rows[after].milestone === null) {
      kept.push(after);
      break;
    }
  }
  return kept;
}

/** The room of the rows that are not drawn; no row to assistive technology. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="roadmap-table-spacer" aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}

/** A project's row (its name links to it) or a milestone's, indented below it. */
const TableRow = memo(function TableRow({
  row,
  index,
  measure,
}: {
  row: Row;
  /** The row's place in its table's body, from 0; the header is row 1. */
  index: number;
  measure?: (element: HTMLTableRowElement | null) => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const text = useMilestoneText();
  const { project, milestone } = row;
  const place = { ref: measure, 'data-index': index, 'aria-rowindex': index + 2 };
  if (milestone) {
    return (
      <tr {...place} className="roadmap-table-milestone">
        <th scope="row" className="roadmap-table-indent">
          <span lang={lang}>{milestone.title}</span>
        </th>
        <td>{t('format.none')}</td>
        <td className="nowrap">{format.date(milestone.plannedDate)}</td>
        <td className="nowrap">
          {format.date(milestone.completedDate ?? milestone.forecastDate ?? milestone.plannedDate)}
        </td>
        <td>{text.slip(milestone)}</td>
        <td>
          <MilestoneStateBadge state={milestone.state} />
        </td>
      </tr>
    );
  }
  const end = expectedEnd(project);
  const slip = end && project.plannedEndDate ? dayNumber(end) - dayNumber(project.plannedEndDate) : null;
  return (
    <tr {...place} className="roadmap-table-project">
      <th scope="row">
        <a href={`/projekte/${encodeURIComponent(project.code)}`}>
          {project.code} <span lang={lang}>{project.title}</span>
        </a>
      </th>
      <td className="nowrap">{format.date(project.startDate)}</td>
      <td className="nowrap">{format.date(project.plannedEndDate)}</td>
      <td className="nowrap">{format.date(end)}</td>
      <td>{slip === null ? t('format.none') : format.slip(slip)}</td>
      <td>
        <HealthBadge health={project.health} reported={project.latestStatus !== null} />
      </td>
    </tr>
  );
});
