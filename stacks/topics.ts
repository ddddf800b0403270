/**
 * Alarms need their topic's ARN when they are created, and the routing needs the alarms' names
 * when it is created: a cycle in construction order, though not in the resource graph (the
 * topic never depends on the alarm). Deferred outputs break it: alarms get a placeholder per
 * routing and severity, resolved from the routing's real topics once it exists.
 */
import * as pulumi from '@pulumi/pulumi';
import type { AlertLevel } from '../model/model';

type Resolver = (source: pulumi.Output<string>) => void;

export class DeferredTopics {
  private readonly pending = new Map<string, { output: pulumi.Output<string>; resolve: Resolver }>();

  /** The topic ARN for alarms of `severity` in routing `routing`, resolved later by `settle`. */
  arn(routing: string, severity: AlertLevel): pulumi.Output<string> {
    const key = `${routing}/${severity}`;
    let entry = this.pending.get(key);
    if (entry === undefined) {
      const [output, resolve] = pulumi.deferredOutput<string>();
      entry = { output, resolve };
      this.pending.set(key, entry);
    }
    return entry.output;
  }

  /** Resolves every placeholder of one routing from its topics. */
  settle(routing: string, topics: Record<AlertLevel, pulumi.Output<string>>): void {
    for (const severity of ['critical', 'warning', 'info'] as const) {
      const key = `${routing}/${severity}`;
      this.pending.get(key)?.resolve(topics[severity]);
      this.pending.delete(key);
    }
  }

  /** A placeholder left unresolved would hang the program; fail loudly instead. */
  assertSettled(): void {
    if (this.pending.size > 0) throw new Error(`internal: topics never created for ${[...this.pending.keys()].sort().join(', ')}`);
  }
}
