/**
 * Where open incidents wait between invocations. In AWS a small table or an S3 prefix (one object
 * per incident); tests and local runs use memory. The journal is the record; this is only the
 * machine's working state and may be rebuilt from the journal.
 */
import { shortIncidentId } from '../ack/telegram';
import type { EscalationState } from './machine';

/** Another invocation changed the incident since this one read it; re-read and try again. */
export class IncidentConflictError extends Error {}

export interface IncidentStore {
  /** The open incident of an alarm, if any. */
  openFor(alarm: string): Promise<EscalationState | undefined>;
  get(incident: string): Promise<EscalationState | undefined>;
  /** The most recent incident of an alarm, open or not (a cause is often written after recovery). */
  latestFor(alarm: string): Promise<EscalationState | undefined>;
  /** By the short id carried in a Telegram button. */
  byShortId(shortId: string): Promise<EscalationState | undefined>;
  put(state: EscalationState): Promise<void>;
  /** Every incident not yet both acknowledged and recovered. */
  open(): Promise<EscalationState[]>;
}

export class MemoryIncidentStore implements IncidentStore {
  private readonly states = new Map<string, EscalationState>();

  async openFor(alarm: string) {
    return [...this.states.values()].find((s) => s.alarm === alarm && s.recoveredAt === undefined);
  }

  async get(incident: string) {
    return this.states.get(incident);
  }

  async latestFor(alarm: string) {
    return [...this.states.values()].filter((s) => s.alarm === alarm).sort((a, b) => b.raisedAt - a.raisedAt)[0];
  }

  async byShortId(shortId: string) {
    return [...this.states.values()].find((s) => shortIncidentId(s.incident) === shortId);
  }

  async put(state: EscalationState) {
    this.states.set(state.incident, state);
  }

  async open() {
    return [...this.states.values()]
      .filter((s) => !(s.acknowledgedBy !== undefined && s.recoveredAt !== undefined))
      .sort((a, b) => a.raisedAt - b.raisedAt);
  }
}
