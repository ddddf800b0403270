/** The pager's housekeeping runs: one in ten of its minute schedule, on the ten-minute marks. */
import { describe, expect, it } from 'vitest';
import { housekeepingDue } from '../../runtime/schedule';

describe('housekeepingDue', () => {
  it('is due on the minutes 0, 10, 20... and never on a time that does not parse', () => {
    expect(housekeepingDue('2026-12-02T10:00:00Z')).toBe(true);
    expect(housekeepingDue('2026-12-02T10:20:00Z')).toBe(true);
    expect(['10:10', '10:50'].map((m) => housekeepingDue(`2026-10-05T${m}:00Z`))).toEqual([true, true]);
    expect(housekeepingDue('2026-12-02T10:21:00Z')).toBe(false);
    expect(['10:01', '10:19'].map((m) => housekeepingDue(`2026-10-05T${m}:00Z`))).toEqual([false, false]);
    expect(housekeepingDue('not a time')).toBe(false);
  });
});
