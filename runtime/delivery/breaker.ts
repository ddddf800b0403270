/**
 * A circuit breaker per channel: after `threshold` failed deliveries in a row the channel is
 * skipped for `openMs` (pages go straight to each person's next channel instead of waiting out its
 * timeouts); then one delivery is let through (half-open): success closes it, failure opens it again.
 */
import type { Clock } from '../ports';

export interface BreakerPolicy {
  threshold: number;
  openMs: number;
}

export const DEFAULT_BREAKER: BreakerPolicy = { threshold: 3, openMs: 5 * 60_000 };

type State = { mode: 'closed'; failures: number } | { mode: 'open'; until: number } | { mode: 'half-open' };

export class CircuitBreaker {
  private state: State = { mode: 'closed', failures: 0 };

  constructor(
    private readonly policy: BreakerPolicy,
    private readonly clock: Clock,
  ) {}

  /** May a delivery go through now? In half-open, only the one trial. */
  allow(): boolean {
    if (this.state.mode === 'open') {
      if (this.clock.now() < this.state.until) return false;
      this.state = { mode: 'half-open' };
      return true;
    }
    return this.state.mode === 'closed';
  }

  success(): void {
    this.state = { mode: 'closed', failures: 0 };
  }

  failure(): void {
    const failures = this.state.mode === 'closed' ? this.state.failures + 1 : this.policy.threshold;
    this.state =
      failures >= this.policy.threshold ? { mode: 'open', until: this.clock.now() + this.policy.openMs } : { mode: 'closed', failures };
  }

  get mode(): State['mode'] {
    return this.state.mode;
  }
}
