import { dayNumber, isoOfDay } from '../../ui/charts/scales';

/**
 * The roadmap's rules, apart from how it is drawn: its projects grouped by field of action, the
 * time axis at a zoom of quarters or years.
 */

export type RoadmapZoom = 'quarter' | 'year';
export const ROADMAP_ZOOMS: readonly RoadmapZoom[] = ['quarter', 'year'];

/** Pixels per day at each zoom: a quarter or a year takes about 180 px of the axis. */
const PX_PER_DAY: Record<RoadmapZoom, number> = { quarter: 2, year: 0.5 };

export interface RoadmapGroup<P> {
  /** The field's id; null for the projects without a field of action. */
  id: string | null;
  name: string | null;
  projects: P[];
}

/**
 * Projects by field of action, fields in alphabetical order and the projects without one last;
 * within a group, the order they came in. No project is left out.
 */
export function groupByField<P extends { field?: { id: string; name: string } | null }>(
  projects: readonly P[],
  locale: string,
): RoadmapGroup<P>[] {
  const groups = new Map<string | null, RoadmapGroup<P>>();
  for (const project of projects) {
    const id = project.field?.id ?? null;
    let group = groups.get(id);
    if (!group) {
      group = { id, name: project.field?.name ?? null, projects: [] };
      groups.set(id, group);
    }
    group.projects.push(project);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.id === null) return 1;
    if (b.id === null) return -1;
    return (a.name ?? '').localeCompare(b.name ?? '', locale);
  });
}

export interface AxisTick {
  /** ISO date of the start of the quarter or year. */
  date: string;
  /** Pixels from the axis's start. */
  offset: number;
  year: number;
  /** 1 to 4 at the quarter zoom; null at the year zoom. */
  quarter: number | null;
}

export interface RoadmapAxis {
  zoom: RoadmapZoom;
  /** Day number where the axis starts (the first day of a quarter or year). */
  firstDay: number;
  /** Day number of the first day after the axis. */
  endDay: number;
  width: number;
  ticks: AxisTick[];
  /** Pixels from the axis's start for an ISO date. */
  x: (isoDate: string) => number;
}

function unitStart(day: number, zoom: RoadmapZoom): { year: number; month: number } {
  const date = new Date(isoOfDay(day));
  const year = date.getUTCFullYear();
  const month = zoom === 'year' ? 0 : Math.floor(date.getUTCMonth() / 3) * 3;
  return { year, month };
}

function isoOf(year: number, month: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * The time axis over the given dates: from the start of the quarter (or year) of the earliest to
 * the end of the quarter (or year) of the latest, a tick at the start of each.
 */
export function roadmapAxis(dates: readonly string[], zoom: RoadmapZoom): RoadmapAxis {
  const days = dates.map(dayNumber);
  const min = Math.min(...days);
  const max = Math.max(...days);
  const step = zoom === 'year' ? 12 : 3;
  let { year, month } = unitStart(min, zoom);
  const firstDay = dayNumber(isoOf(year, month));
  const perDay = PX_PER_DAY[zoom];
  const ticks: AxisTick[] = [];
  for (;;) {
    const date = isoOf(year, month);
    const day = dayNumber(date);
    if (day > max) {
      return {
        zoom,
        firstDay,
        endDay: day,
        width: Math.round((day - firstDay) * perDay),
        ticks,
        x: (isoDate: string) => (dayNumber(isoDate) - firstDay) * perDay,
      };
    }
    ticks.push({
      date,
      offset: (day - firstDay) * perDay,
      year,
      quarter: zoom === 'quarter' ? month / 3 + 1 : null,
    });
    month += step;
    if (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
}

/** A row of the roadmap's table: a project, or one of its milestones below it. */
export type RoadmapTableRow<
  P extends { id: string; milestones: readonly M[] },
  M extends { id: string } = P['milestones'][number],
> = { key: string; project: P; milestone: null } | { key: string; project: P; milestone: M };

/** The rows of a group's table, in order: each project followed by its milestones. */
export function roadmapTableRows<P extends { id: string; milestones: readonly { id: string }[] }>(
  projects: readonly P[],
): RoadmapTableRow<P>[] {
  return projects.flatMap((project) => [
    { key: project.id, project, milestone: null },
    ...project.milestones.map((milestone) => ({ key: milestone.id, project, milestone })),
  ]);
}
