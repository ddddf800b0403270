/**
 * The escalation tick (an EventBridge schedule, every minute): each open incident nobody has
 * acknowledged moves on when its stage's time is up, or is paged again when its stage repeats.
 * An incident someone else changed meanwhile (a press at the same moment) is left to the next
 * tick, which reads it afresh; the others still move on.
 */
import { step } from '../escalation/machine';
import { IncidentConflictError } from '../escalation/store';
import type { RuntimeDeps } from './deps';
import { sendPages } from './page';

export async function handleTick(deps: RuntimeDeps): Promise<{ escalated: number; conflicts?: number }> {
  let escalated = 0;
  let conflicts = 0;
  for (const state of await deps.incidents.open()) {
    const route = deps.config.routes[deps.config.alarms[state.alarm]?.route ?? ''];
    if (!route) continue;
    const next = step(state, route, { type: 'tick', now: deps.clock.now() });
    if (next.events.length === 0 && next.pages.length === 0) continue;
    try {
      await deps.incidents.put(next.state);
    } catch (error) {
      if (!(error instanceof IncidentConflictError)) throw error;
      conflicts++;
      continue;
    }
    for (const e of next.events) await deps.journal.append(e);
    escalated += next.events.length;
    await sendPages(
      deps,
      next.state,
      next.pages,
      `${state.recoveredAt !== undefined ? 'RECOVERED, not acknowledged' : 'ALARM'} ${state.alarm}`,
    );
  }
  return conflicts > 0 ? { escalated, conflicts } : { escalated };
}
