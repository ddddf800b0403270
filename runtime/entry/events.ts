/**
 * Lambda entry of the pager: one EventBridge rule delivers alarm state changes (from this region's
 * default bus, and from us-east-1's through a cross-region rule) and the minute's tick. Throwing
 * makes Lambda retry the asynchronous invocation, then send it to the on-failure queue.
 */
import { handlePagerEvent, type PagerEvent, type PagerResult } from '../handlers/events';
import { cachedDeps } from './deps';

const deps = cachedDeps();

export async function handler(event: PagerEvent): Promise<PagerResult> {
  const result = await handlePagerEvent(await deps(), event);
  const quiet = event?.['detail-type'] === 'Scheduled Event' && !result.escalated && result.conflicts === undefined && !result.status;
  if (!quiet) {
    const detail = event.detail as { alarmName?: string; state?: { value?: string } } | undefined;
    console.log(JSON.stringify({ event: event['detail-type'], alarm: detail?.alarmName, state: detail?.state?.value, ...result }));
  }
  return result;
}
