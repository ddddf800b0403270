/**
 * The escalation of one incident as a pure state machine: (state, input) -> (state, events,
 * pages). No clock, no I/O: the handlers feed it the time and act on what it returns.
 *
 * Rules: an acknowledgement stops the escalation; with none, each stage's wait moves the page to
 * the next stage whether or not the failure is still there (a recovery nobody saw is still an
 * incident nobody answered); a stage with `repeat` pages its people again while nobody answers;
 * recovered without an acknowledgement is journalled as such and keeps escalating until someone
 * answers.
 */
import { incidentId, type JournalEvent } from '../journal/event';
import type { RoutePlan } from '../config';

export interface EscalationState {
  alarm: string;
  incident: string;
  route: string;
  /** ms since epoch. */
  raisedAt: number;
  /** 0-based stage now paged. */
  stage: number;
  /** When the current stage began (its wait counts from here). */
  stageAt: number;
  /** When the current stage's people were last paged (repeats count from here). */
  pagedAt: number;
  acknowledgedBy?: string;
  recoveredAt?: number;
}

export interface Page {
  stage: number;
  people: string[];
}

export interface Step {
  state: EscalationState;
  events: JournalEvent[];
  pages: Page[];
  /** Why an input was refused, when it was. */
  refused?: string;
}

export type Input =
  | { type: 'tick'; now: number }
  | { type: 'ack'; now: number; person: string; method: 'telegram' | 'link' }
  | { type: 'recovered'; now: number };

const iso = (ms: number) => new Date(ms).toISOString();

export function raise(alarm: string, route: RoutePlan, now: number, severity: 'critical' | 'warning' | 'info'): Step {
  const state: EscalationState = {
    alarm,
    incident: incidentId(alarm, iso(now)),
    route: route.id,
    raisedAt: now,
    stage: 0,
    stageAt: now,
    pagedAt: now,
  };
  const base = { v: 1 as const, at: iso(now), alarm, incident: state.incident };
  return { state, events: [{ ...base, kind: 'raised', severity }], pages: [{ stage: 0, people: route.stages[0]?.people ?? [] }] };
}

/** True when nothing more can happen: answered and over. */
export function isClosed(state: EscalationState): boolean {
  return state.acknowledgedBy !== undefined && state.recoveredAt !== undefined;
}

export function step(state: EscalationState, route: RoutePlan, input: Input): Step {
  const base = { v: 1 as const, at: iso(input.now), alarm: state.alarm, incident: state.incident };
  switch (input.type) {
    case 'ack': {
      if (!route.stages.some((s) => s.people.includes(input.person))) {
        return {
          state,
          pages: [],
          refused: 'not on the route',
          events: [{ ...base, kind: 'ack-refused', method: input.method, reason: 'not on the route', person: input.person }],
        };
      }
      if (state.acknowledgedBy !== undefined) return { state, events: [], pages: [] };
      const next = { ...state, acknowledgedBy: input.person };
      return {
        state: next,
        pages: [],
        events: [{ ...base, kind: 'acknowledged', person: input.person, method: input.method, stage: state.stage + 1 }],
      };
    }
    case 'recovered': {
      if (state.recoveredAt !== undefined) return { state, events: [], pages: [] };
      return { state: { ...state, recoveredAt: input.now }, pages: [], events: [{ ...base, kind: 'recovered' }] };
    }
    case 'tick':
      return tick(state, route, input.now, base);
  }
}

function tick(state: EscalationState, route: RoutePlan, now: number, base: { v: 1; at: string; alarm: string; incident: string }): Step {
  if (state.acknowledgedBy !== undefined) return { state, events: [], pages: [] };
  const events: JournalEvent[] = [];
  const pages: Page[] = [];
  let s = state;
  // A late tick may owe several stages: each is journalled and paged, at the time it was due.
  for (let next = route.stages[s.stage + 1]; next && now - s.stageAt >= next.after * 1000; next = route.stages[s.stage + 1]) {
    const due = s.stageAt + next.after * 1000;
    s = { ...s, stage: s.stage + 1, stageAt: due, pagedAt: now };
    events.push({ ...base, at: iso(due), kind: 'escalated', stage: s.stage + 1 });
    pages.push({ stage: s.stage, people: next.people });
  }
  const current = route.stages[s.stage];
  if (pages.length === 0 && current?.repeat && now - s.pagedAt >= current.repeat * 1000) {
    s = { ...s, pagedAt: now };
    pages.push({ stage: s.stage, people: current.people });
  }
  return { state: s, events, pages };
}
