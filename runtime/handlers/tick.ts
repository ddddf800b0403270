/**
 * The escalation tick (an EventBridge schedule, every minute): each open incident nobody has
 * acknowledged moves on when its stage's time is up, or is paged again when its stage repeats.
 */
import { step } from '../escalation/machine';
import type { RuntimeDeps } from './deps';
import { sendPages } from './page';

export async function handleTick(deps: RuntimeDeps): Promise<{ escalated: number }> {
  let escalated = 0;
  for (const state of await deps.incidents.open()) {
    const route = deps.config.routes[deps.config.alarms[state.alarm]?.route ?? ''];
    if (!route) continue;
    const next = step(state, route, { type: 'tick', now: deps.clock.now() });
    if (next.events.length === 0 && next.pages.length === 0) continue;
    await deps.incidents.put(next.state);
    for (const e of next.events) await deps.journal.append(e);
    escalated += next.events.length;
    await sendPages(deps, next.state, next.pages, `${state.recoveredAt !== undefined ? 'RECOVERED, not acknowledged' : 'ALARM'} ${state.alarm}`);
  }
  return { escalated };
}
