import { endOfDayIn, startOfDayIn, todayIn } from './today';

describe('the days of a time zone', () => {
  it('begin and end at midnight on its wall clock, in winter and in summer', () => {
    expect(startOfDayIn('2026-12-31', 'Europe/Berlin').toISOString()).toBe('2026-12-30T23:00:00.000Z');
    expect(endOfDayIn('2026-12-31', 'Europe/Berlin').toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(endOfDayIn('2026-06-15', 'Europe/Berlin').toISOString()).toBe('2026-06-15T21:59:59.999Z');
    expect(endOfDayIn('2026-06-15', 'America/New_York').toISOString()).toBe('2026-06-16T03:59:59.999Z');
    expect(endOfDayIn('2024-02-29', 'UTC').toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });

  it('are 23 and 25 hours long where the clocks change', () => {
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfDayIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(startOfDayIn('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfDayIn('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('hold their last instant on the same day, and the next one on the next', () => {
    const end = endOfDayIn('2026-10-25', 'Europe/Berlin');
    expect(todayIn('Europe/Berlin', end)).toBe('2026-10-25');
    expect(todayIn('Europe/Berlin', new Date(end.getTime() + 1))).toBe('2026-10-26');
  });
});
