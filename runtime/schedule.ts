/**
 * The pager's schedule runs every minute (escalations); every tenth run also does its housekeeping:
 * it repairs the status page (a lost write, a missed event) and checks that other regions' alarms
 * still reach it. One cadence, so both happen on the same runs and each check looks back over the
 * ten minutes since the last.
 */
export const HOUSEKEEPING_MINUTES = 10;

/** Whether a scheduled event at `time` (ISO) is one of the housekeeping runs (minutes 0, 10, 20...). */
export function housekeepingDue(time: string): boolean {
  const minute = new Date(time).getUTCMinutes();
  return Number.isInteger(minute) && minute % HOUSEKEEPING_MINUTES === 0;
}
