/**
 * The alarm-event handler: an EventBridge "CloudWatch Alarm State Change" event. ALARM opens an
 * incident (journalled as raised) and pages its route's first stage; OK records the recovery.
 * A repeated ALARM for an alarm already open changes nothing (EventBridge may deliver twice).
 */
import { raise, step } from '../escalation/machine';
import type { RuntimeDeps } from './deps';
import { sendPages } from './page';

export interface AlarmStateEvent {
  time: string;
  detail: { alarmName: string; state: { value: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'; reason?: string } };
}

export async function handleAlarmEvent(deps: RuntimeDeps, event: AlarmStateEvent): Promise<{ incident?: string; ignored?: string }> {
  const alarm = deps.alarmIds?.[event.detail.alarmName] ?? event.detail.alarmName;
  const known = deps.config.alarms[alarm];
  const route = known !== undefined ? deps.config.routes[known.route] : undefined;
  if (!route) return { ignored: `no route for alarm ${alarm}` };
  const now = deps.clock.now();
  const open = await deps.incidents.openFor(alarm);
  if (event.detail.state.value === 'ALARM') {
    if (open) return { incident: open.incident, ignored: 'already open' };
    const first = raise(alarm, route, now, known!.severity);
    await deps.incidents.put(first.state);
    for (const e of first.events) await deps.journal.append(e);
    await sendPages(deps, first.state, first.pages, `ALARM ${alarm}`);
    return { incident: first.state.incident };
  }
  if (event.detail.state.value === 'OK' && open) {
    const next = step(open, route, { type: 'recovered', now });
    await deps.incidents.put(next.state);
    for (const e of next.events) await deps.journal.append(e);
    return { incident: open.incident };
  }
  return { ignored: `state ${event.detail.state.value}` };
}
