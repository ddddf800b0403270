/**
 * Delivering one page to the people of one stage. Every person is paged concurrently; for each,
 * their ways of being reached are tried in order (the route's channel, then its backups): a
 * channel whose breaker is open is skipped, the others are tried with timeout and retries inside
 * that channel's bulkhead. Every outcome, delivered or failed, is journalled.
 */
import type { Reach } from '../config';
import type { JournalEvent } from '../journal/event';
import type { JournalWriter } from '../journal/store';
import type { Clock, Random } from '../ports';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerPolicy } from './breaker';
import { Bulkhead } from './bulkhead';
import { DEFAULT_RETRY, retry, type RetryPolicy } from './retry';
import type { PageMessage, Senders } from './senders';

export interface DeliveryPolicy {
  retry: RetryPolicy;
  breaker: BreakerPolicy;
  /** Deliveries in flight per channel. */
  perChannel: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = { retry: DEFAULT_RETRY, breaker: DEFAULT_BREAKER, perChannel: 4 };

/** Breakers and bulkheads live as long as the function instance: state across pages. */
export class Deliverer {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly bulkheads = new Map<string, Bulkhead>();

  constructor(
    private readonly senders: Senders,
    private readonly journal: JournalWriter,
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly policy: DeliveryPolicy = DEFAULT_DELIVERY,
  ) {}

  breaker(channel: string): CircuitBreaker {
    return this.breakers.get(channel) ?? this.breakers.set(channel, new CircuitBreaker(this.policy.breaker, this.clock)).get(channel)!;
  }

  private bulkhead(channel: string): Bulkhead {
    return this.bulkheads.get(channel) ?? this.bulkheads.set(channel, new Bulkhead(this.policy.perChannel)).get(channel)!;
  }

  /** Pages every person at once; resolves when each is reached or out of channels. */
  async page(
    incident: { alarm: string; incident: string },
    stage: number,
    people: readonly { id: string; reach: readonly Reach[]; message: PageMessage }[],
  ): Promise<boolean[]> {
    return Promise.all(people.map((p) => this.pageOne(incident, stage, p.id, p.reach, p.message)));
  }

  private async pageOne(
    incident: { alarm: string; incident: string },
    stage: number,
    person: string,
    reach: readonly Reach[],
    message: PageMessage,
  ): Promise<boolean> {
    const event = (at: number) => ({
      v: 1 as const,
      at: new Date(at).toISOString(),
      alarm: incident.alarm,
      incident: incident.incident,
      person,
      stage: stage + 1,
    });
    for (const r of reach) {
      const send = this.senders[r.kind];
      const breaker = this.breaker(r.channel);
      if (!send) continue;
      if (!breaker.allow()) {
        await this.record({
          ...event(this.clock.now()),
          kind: 'delivery-failed',
          channel: r.channel,
          attempts: 0,
          error: 'channel skipped: circuit open after repeated failures',
        });
        continue;
      }
      const result = await this.bulkhead(r.channel).run(() =>
        retry((signal) => send(r, message, signal), this.policy.retry, this.clock, this.random),
      );
      if (result.error === undefined) {
        breaker.success();
        await this.record({ ...event(this.clock.now()), kind: 'delivered', channel: r.channel, attempts: result.attempts });
        return true;
      }
      breaker.failure();
      const error = result.error instanceof Error ? result.error.message : String(result.error);
      await this.record({ ...event(this.clock.now()), kind: 'delivery-failed', channel: r.channel, attempts: result.attempts, error });
    }
    return false;
  }

  private async record(e: JournalEvent): Promise<void> {
    await this.journal.append(e);
  }
}
