/**
 * The pager's one EventBridge-invoked function: a rule with both an event pattern and a schedule
 * delivers "CloudWatch Alarm State Change" events (page, record a recovery) and a "Scheduled
 * Event" every minute (escalate). Both keep the status page current when the stack has one: after
 * a state change of one of its alarms, and every ten minutes to repair a missed write. Paging
 * comes first; a failed status write then fails the invocation, so Lambda retries it (paging is
 * idempotent: an open incident is not raised twice) and finally hands it to the failure queue.
 * Every ten minutes the schedule also checks that other regions' alarms still reach the pager
 * (runtime/watch/forwarding.ts).
 */
import { refreshStatus, feedsStatus } from '../status/status-json';
import { housekeepingDue } from '../schedule';
import { handleAlarmEvent, type AlarmStateEvent } from './alarm';
import type { RuntimeDeps } from './deps';
import { handleTick } from './tick';
import { watchForwarding, type ForwardingReport } from '../watch/forwarding';

export const ALARM_EVENT = 'CloudWatch Alarm State Change';
export const SCHEDULED_EVENT = 'Scheduled Event';

export interface PagerEvent {
  'detail-type'?: string;
  time?: string;
  detail?: unknown;
}

export interface PagerResult {
  incident?: string;
  ignored?: string;
  escalated?: number;
  conflicts?: number;
  status?: 'written';
  /** Every ten minutes: each forwarding rule's failures, and whether people were told. */
  forwarding?: ForwardingReport[];
}

function isAlarmEvent(event: PagerEvent): event is AlarmStateEvent & PagerEvent {
  const d = event.detail as { alarmName?: unknown; state?: { value?: unknown } } | undefined;
  return typeof d?.alarmName === 'string' && typeof d.state?.value === 'string' && typeof event.time === 'string';
}

export async function handlePagerEvent(deps: RuntimeDeps, event: PagerEvent): Promise<PagerResult> {
  const type = event?.['detail-type'];
  if (type === SCHEDULED_EVENT) {
    const result: PagerResult = await handleTick(deps);
    const time = event.time ?? '';
    if (!housekeepingDue(time)) return result;
    if (deps.status !== undefined) {
      await refreshStatus(deps.status.feed, deps.status.ports, deps.clock.now());
      result.status = 'written';
    }
    if (deps.forwarding !== undefined) {
      // The windows end at the run's scheduled time (housekeepingDue proved it parses), not at whenever it started.
      result.forwarding = await watchForwarding(deps.forwarding.file, deps.forwarding.ports, Date.parse(time));
    }
    return result;
  }
  if (type === ALARM_EVENT) {
    if (!isAlarmEvent(event)) throw new Error('a CloudWatch Alarm State Change event without detail.alarmName, detail.state.value or time');
    const result: PagerResult = await handleAlarmEvent(deps, event);
    if (deps.status !== undefined && feedsStatus(deps.status.feed, event.detail.alarmName)) {
      await refreshStatus(deps.status.feed, deps.status.ports, deps.clock.now());
      result.status = 'written';
    }
    return result;
  }
  throw new Error(`not an event the pager takes: detail-type ${JSON.stringify(type)} (expected "${ALARM_EVENT}" or "${SCHEDULED_EVENT}")`);
}
