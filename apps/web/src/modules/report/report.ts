import type { ReportProjectsQuery } from '../../graphql/generated/graphql';

export type ReportProject = ReportProjectsQuery['projects']['nodes'][number];
export type ReportMilestone = ReportProject['milestones'][number];
export type ReportKpi = ReportProject['kpis'][number];

export interface FieldGroup {
  /** null for the projects that belong to no field of action. */
  id: string | null;
  name: string | null;
  projects: ReportProject[];
}

/**
 * The report's chapters: one per field of action, by name, its projects by code; the projects
 * without a field last.
 */
export function groupByField(projects: readonly ReportProject[], locale: string): FieldGroup[] {
  const groups = new Map<string | null, FieldGroup>();
  for (const project of projects) {
    const id = project.field?.id ?? null;
    let group = groups.get(id);
    if (!group) {
      group = { id, name: project.field?.name ?? null, projects: [] };
      groups.set(id, group);
    }
    group.projects.push(project);
  }
  const collator = new Intl.Collator(locale, { numeric: true });
  for (const group of groups.values()) group.projects.sort((a, b) => collator.compare(a.code, b.code));
  return [...groups.values()].sort((a, b) => {
    if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
    return collator.compare(a.name, b.name);
  });
}

export interface MilestoneCounts {
  done: number;
  /** Not done by the Stichtag, and its due date (forecast, else planned) has passed. */
  overdue: number;
  /** Not done and not yet due. */
  upcoming: number;
  /** Done later than planned, or expected later than planned. */
  slipped: number;
}

export function countMilestones(milestones: readonly ReportMilestone[]): MilestoneCounts {
  const counts: MilestoneCounts = { done: 0, overdue: 0, upcoming: 0, slipped: 0 };
  for (const milestone of milestones) {
    if (milestone.state === 'DONE') counts.done += 1;
    else if (milestone.state === 'OVERDUE') counts.overdue += 1;
    else counts.upcoming += 1;
    if (milestone.slipDays > 0) counts.slipped += 1;
  }
  return counts;
}

/**
 * How far a key figure has come from its baseline towards its target, in per cent (0 at the
 * baseline, 100 at the target); null where that cannot be said.
 */
export function kpiAttainment(kpi: Pick<ReportKpi, 'baseline' | 'target' | 'latest'>): number | null {
  if (kpi.target === null || kpi.latest === null) return null;
  const start = kpi.baseline ?? 0;
  if (kpi.target === start) return null;
  return Math.round(((kpi.latest.value - start) / (kpi.target - start)) * 100);
}

/** Planned and spent over a group of projects, as exact decimal strings (cents). */
export function budgetTotals(projects: readonly ReportProject[]): { planned: string; spent: string } {
  let planned = 0n;
  let spent = 0n;
  for (const project of projects) {
    planned += cents(project.budget.planned);
    spent += cents(project.budget.spent);
  }
  return { planned: fromCents(planned), spent: fromCents(spent) };
}

function cents(amount: string | null): bigint {
  if (!amount) return 0n;
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

function fromCents(value: bigint): string {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const text = `${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
