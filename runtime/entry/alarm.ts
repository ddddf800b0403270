/**
 * Lambda entry of the pager: EventBridge delivers "CloudWatch Alarm State Change" events (from
 * this region's default bus, and from us-east-1's through a cross-region rule). Throwing makes
 * Lambda retry the asynchronous invocation, then send it to the on-failure queue.
 */
import { handleAlarmEvent, type AlarmStateEvent } from '../handlers/alarm';
import { cachedDeps } from './deps';

const deps = cachedDeps();

export async function handler(event: AlarmStateEvent): Promise<{ incident?: string; ignored?: string }> {
  if (typeof event?.detail?.alarmName !== 'string' || typeof event.detail.state?.value !== 'string') {
    throw new Error('not a CloudWatch Alarm State Change event (detail.alarmName, detail.state.value)');
  }
  const result = await handleAlarmEvent(await deps(), event);
  console.log(JSON.stringify({ alarm: event.detail.alarmName, state: event.detail.state.value, ...result }));
  return result;
}
