import { msUntil } from './reminder.scheduler';

describe('the time until the daily reminders', () => {
  it('counts to the next 08:00 on the wall clock of the time zone', () => {
    // 06:30 UTC is 07:30 in Berlin in winter: half an hour to go.
    expect(msUntil(8, 0, 'Europe/Berlin', new Date('2026-12-01T06:30:00.000Z'))).toBe(30 * 60 * 1000);
    // 08:00 has passed there: tomorrow.
    expect(msUntil(8, 0, 'Europe/Berlin', new Date('2026-12-01T07:15:00.000Z'))).toBe(23.75 * 3600 * 1000);
    // In summer Berlin is two hours ahead.
    expect(msUntil(8, 0, 'Europe/Berlin', new Date('2026-07-01T05:00:00.000Z'))).toBe(3600 * 1000);
    expect(msUntil(8, 0, 'UTC', new Date('2026-07-01T08:00:00.000Z'))).toBe(24 * 3600 * 1000);
  });
});
