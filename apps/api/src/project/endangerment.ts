import { ProjectPhase } from '@leitstand/shared-domain';

/** What the rule reads of a project: its phase and dates ('YYYY-MM-DD'). */
export interface DatedProject {
  phase: ProjectPhase;
  startDate: string | null;
  plannedEndDate: string | null;
  forecastEndDate: string | null;
}

/** What the rule reads of a milestone. */
export interface DatedMilestone {
  plannedDate: string;
  forecastDate: string | null;
  completedDate: string | null;
}

/** A prerequisite whose slip reaches a project that depends on it ("gefährdet durch DIG-…"). */
export interface Endangerment<P, M> {
  /** The prerequisite. */
  by: P;
  /** Its expected end. */
  expectedEnd: string;
  /** The dependent's open milestone that the expected end has passed; null where it is the dependent's start. */
  milestone: M | null;
  /** That milestone's due date, or the dependent's start. */
  date: string;
  /** expectedEnd − date, in days. */
  days: number;
}

const OVER = new Set([ProjectPhase.COMPLETED, ProjectPhase.CANCELLED]);

/**
 * When a prerequisite that is still under way is now expected to end: its forecast end, else its
 * planned end, and not before `today` (a planned end that has passed without completion has slipped
 * too); null where it has neither date.
 */
export function expectedEnd(project: DatedProject, today: string): string | null {
  const end = project.forecastEndDate ?? project.plannedEndDate;
  if (!end) return null;
  return end < today ? today : end;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The prerequisites of `project` whose slip reaches it, derived from their dates (nothing is stored):
 * a prerequisite that is neither completed nor cancelled endangers the project where its expected
 * end lies after a point of the project that its planned end did not (the project's start, or the
 * due date, forecast else planned, of one of its open milestones): it was planned to deliver by
 * then, and is no longer expected to. Each such prerequisite once, at the earliest point it passes,
 * in the order of `prerequisites`. A completed or cancelled project is endangered by nothing.
 */
export function endangerments<P extends DatedProject, M extends DatedMilestone>(
  project: DatedProject,
  prerequisites: readonly P[],
  milestones: readonly M[],
  today: string,
): Endangerment<P, M>[] {
  if (OVER.has(project.phase)) return [];
  const points: { date: string; milestone: M | null }[] = [];
  if (project.startDate) points.push({ date: project.startDate, milestone: null });
  for (const milestone of milestones)
    if (!milestone.completedDate) points.push({ date: milestone.forecastDate ?? milestone.plannedDate, milestone });
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const found: Endangerment<P, M>[] = [];
  for (const by of prerequisites) {
    if (OVER.has(by.phase)) continue;
    const end = expectedEnd(by, today);
    if (!end) continue;
    const planned = by.plannedEndDate;
    const passed = points.find((point) => point.date < end && (planned === null || planned <= point.date));
    if (passed)
      found.push({
        by,
        expectedEnd: end,
        milestone: passed.milestone,
        date: passed.date,
        days: daysBetween(passed.date, end),
      });
  }
  return found;
}
