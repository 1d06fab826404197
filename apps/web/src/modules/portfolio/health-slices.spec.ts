import { describe, expect, it } from 'vitest';
import { healthSlices } from './health-slices';

describe('healthSlices', () => {
  it('shows the projects never reported on as a slice of their own, taken off ON_TRACK', () => {
    const byHealth = [
      { health: 'ON_TRACK' as const, count: 7 },
      { health: 'AT_RISK' as const, count: 2 },
      { health: 'OFF_TRACK' as const, count: 1 },
    ];
    expect(healthSlices(byHealth, 3)).toEqual([
      { health: 'ON_TRACK', count: 4 },
      { health: 'AT_RISK', count: 2 },
      { health: 'OFF_TRACK', count: 1 },
      { health: 'NONE', count: 3 },
    ]);
  });

  it('keeps every slice, with zeros, and the total of the projects', () => {
    const slices = healthSlices([{ health: 'ON_TRACK', count: 2 }], 2);
    expect(slices).toEqual([
      { health: 'ON_TRACK', count: 0 },
      { health: 'AT_RISK', count: 0 },
      { health: 'OFF_TRACK', count: 0 },
      { health: 'NONE', count: 2 },
    ]);
    expect(slices.reduce((sum, slice) => sum + slice.count, 0)).toBe(2);
  });
});
