/**
 * Incidents from events: one per `raised`, with what followed it. Pure; the journal is already in
 * time order and every event belongs to a raised incident (journal.ts).
 */
import type { Model } from '../../model/model';
import { routeFor } from '../../runtime/config';
import type { AlarmTarget } from '../../runtime/journal/alarms';
import type { AckMethod, JournalEvent } from '../../runtime/journal/event';

/** The reaction target when the blueprint's route has no second stage to say otherwise. */
export const DEFAULT_REACTION_SECONDS = 15 * 60;

export interface Incident {
  id: string;
  target: AlarmTarget;
  severity: string;
  raisedAt: number;
  /** First successful page. */
  noticedAt?: number;
  ack?: { person: string; method: AckMethod; at: number };
  /** Highest stage paged (1 = first). */
  stage: number;
  planB: { person: string; process: string; at: number }[];
  recoveredAt?: number;
  causes: { person: string; text: string }[];
  /** Seconds the route gives before the next stage: the time to answer. */
  reactionTarget: number;
  /** Strictest RTO of the processes it stopped (outages only). */
  rto?: number;
}

export function buildIncidents(model: Model, events: readonly JournalEvent[], targets: ReadonlyMap<string, AlarmTarget>): Incident[] {
  const byId = new Map<string, Incident>();
  const ms = (e: JournalEvent) => Date.parse(e.at);
  for (const e of events) {
    if (e.kind === 'raised') {
      const target = targets.get(e.alarm)!;
      const route = routeFor(model, target);
      const rtos = target.outage ? target.processes.map((p) => p.rto) : [];
      byId.set(e.incident, {
        id: e.incident,
        target,
        severity: e.severity,
        raisedAt: ms(e),
        stage: 1,
        planB: [],
        causes: [],
        reactionTarget: route?.stages[1]?.after || DEFAULT_REACTION_SECONDS,
        ...(rtos.length ? { rto: Math.min(...rtos) } : {}),
      });
      continue;
    }
    const i = byId.get(e.incident);
    if (!i) continue;
    switch (e.kind) {
      case 'delivered':
        i.noticedAt ??= ms(e);
        break;
      case 'acknowledged':
        i.ack ??= { person: e.person, method: e.method, at: ms(e) };
        break;
      case 'escalated':
        i.stage = Math.max(i.stage, e.stage);
        break;
      case 'switched-to-plan-b':
        i.planB.push({ person: e.person, process: e.process, at: ms(e) });
        break;
      case 'recovered':
        i.recoveredAt ??= ms(e);
        break;
      case 'note':
        i.causes.push({ person: e.person, text: e.text });
        break;
      default:
        break;
    }
  }
  return [...byId.values()];
}

/**
 * The processes an incident stopped: an outage's (docs/operations.md). A backup, certificate or
 * domain alarm is an incident but stops nothing, even when processes use what it watches.
 */
export const stoppedProcesses = (i: Incident) => (i.target.outage ? i.target.processes : []);
/** Seconds from raised to acknowledged, if it was. */
export const reactionSeconds = (i: Incident) => (i.ack ? (i.ack.at - i.raisedAt) / 1000 : undefined);
export const recoverySeconds = (i: Incident) => (i.recoveredAt !== undefined ? (i.recoveredAt - i.raisedAt) / 1000 : undefined);
/** Recovered before anyone answered: the failure went away by itself, or someone fixed it silently. */
export const recoveredUnanswered = (i: Incident) => i.recoveredAt !== undefined && (i.ack === undefined || i.ack.at > i.recoveredAt);
