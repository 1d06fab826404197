import type { Health } from '../../graphql/generated/graphql';
import { HEALTHS, ProjectFilterState } from '../project/filter-url';

/** A slice of the portfolio by health: a Health, or NONE for the projects never reported on. */
export type HealthSlice = Health | 'NONE';

/** The slices in the charts' order: the healths, then the projects not reported on yet. */
export const HEALTH_SLICES: readonly HealthSlice[] = [...HEALTHS, 'NONE'];

/**
 * The projects by health as a person reads it: the API counts a project without any status report
 * under its default health (ON_TRACK), while the list and the project page say "Noch kein Bericht".
 * The charts show those projects as a slice of their own (NONE, last) and take them off ON_TRACK.
 */
export function healthSlices(
  byHealth: readonly { health: Health; count: number }[],
  notReported: number,
): { health: HealthSlice; count: number }[] {
  const count = (health: Health) => byHealth.find((entry) => entry.health === health)?.count ?? 0;
  return [
    ...HEALTHS.map((health) => ({
      health,
      count: health === 'ON_TRACK' ? Math.max(0, count(health) - notReported) : count(health),
    })),
    { health: 'NONE' as const, count: notReported },
  ];
}

/**
 * The list's filter for the projects of a slice: those without a report (`bericht=nein`), or those of
 * a health, ON_TRACK without the ones never reported on (`bericht=ja`), so that the list shows what
 * the slice counts.
 */
export function sliceFilter(filter: ProjectFilterState, health: HealthSlice): ProjectFilterState {
  if (health === 'NONE') return { ...filter, reported: false };
  return { ...filter, health: [health], reported: health === 'ON_TRACK' ? true : filter.reported };
}
