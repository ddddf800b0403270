/** The escalation state machine: acknowledged in time, not acknowledged, recovered unanswered, repeats. */
import { describe, expect, it } from 'vitest';
import type { RoutePlan } from '../../../runtime/config';
import { isClosed, raise, step, type EscalationState } from '../../../runtime/escalation/machine';

const route: RoutePlan = {
  id: 'critical',
  stages: [
    { people: ['anna'], after: 0, repeat: 300 },
    { people: ['boris'], after: 900 },
    { people: ['olga'], after: 1800 },
  ],
};
const T0 = Date.parse('2026-10-05T10:00:00Z');
const min = (m: number) => T0 + m * 60_000;

function start(): EscalationState {
  const first = raise('endpoint:shop', route, T0, 'critical');
  expect(first.events.map((e) => e.kind)).toEqual(['raised']);
  expect(first.pages).toEqual([{ stage: 0, people: ['anna'] }]);
  return first.state;
}

describe('escalation', () => {
  it('stops when acknowledged within the stage time: no later stage is paged', () => {
    let s = start();
    const ack = step(s, route, { type: 'ack', now: min(7), person: 'anna', method: 'telegram' });
    expect(ack.events).toMatchObject([
      { kind: 'acknowledged', person: 'anna', method: 'telegram', stage: 1, at: '2026-10-05T10:07:00.000Z' },
    ]);
    s = ack.state;
    for (const m of [15, 45, 120]) {
      const t = step(s, route, { type: 'tick', now: min(m) });
      expect(t.events).toEqual([]);
      expect(t.pages).toEqual([]);
    }
  });

  it('moves to the next stage when nobody acknowledges in time, and repeats the stage meanwhile', () => {
    const s = start();
    expect(step(s, route, { type: 'tick', now: min(4) }).pages).toEqual([]);
    const repeat = step(s, route, { type: 'tick', now: min(5) });
    expect(repeat.pages).toEqual([{ stage: 0, people: ['anna'] }]);
    expect(repeat.events).toEqual([]);
    const up = step(repeat.state, route, { type: 'tick', now: min(15) });
    expect(up.events).toMatchObject([{ kind: 'escalated', stage: 2, at: '2026-10-05T10:15:00.000Z' }]);
    expect(up.pages).toEqual([{ stage: 1, people: ['boris'] }]);
  });

  it('escalates even after the failure has recovered, until someone answers', () => {
    const s = start();
    const rec = step(s, route, { type: 'recovered', now: min(3) });
    expect(rec.events).toMatchObject([{ kind: 'recovered', at: '2026-10-05T10:03:00.000Z' }]);
    expect(rec.state.acknowledgedBy).toBeUndefined();
    expect(isClosed(rec.state)).toBe(false);
    const up = step(rec.state, route, { type: 'tick', now: min(16) });
    expect(up.events.map((e) => e.kind)).toEqual(['escalated']);
    const ack = step(up.state, route, { type: 'ack', now: min(20), person: 'boris', method: 'link' });
    expect(ack.events).toMatchObject([{ kind: 'acknowledged', person: 'boris', stage: 2 }]);
    expect(isClosed(ack.state)).toBe(true);
  });

  it('journals every stage a late tick owes, each at the time it was due', () => {
    const late = step(start(), route, { type: 'tick', now: min(50) });
    expect(late.events.map((e) => [e.kind, 'stage' in e ? e.stage : 0, e.at])).toEqual([
      ['escalated', 2, '2026-10-05T10:15:00.000Z'],
      ['escalated', 3, '2026-10-05T10:45:00.000Z'],
    ]);
    expect(late.pages.map((p) => p.people)).toEqual([['boris'], ['olga']]);
  });

  it('refuses an acknowledgement from someone not on the route', () => {
    const s = start();
    const r = step(s, route, { type: 'ack', now: min(2), person: 'mallory', method: 'link' });
    expect(r.refused).toBe('not on the route');
    expect(r.events).toMatchObject([{ kind: 'ack-refused', reason: 'not on the route', person: 'mallory' }]);
    expect(r.state.acknowledgedBy).toBeUndefined();
  });
});
