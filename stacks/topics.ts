/**
 * Alarms need an action ARN when they are created (the alarm components require one), and the
 * alert routing needs the alarms' names when it is created: a cycle in construction order,
 * though not in the resource graph. Deferred outputs break it: alarms get a placeholder per
 * region, resolved from the routing's `alarmActionArns` once it exists.
 */
import * as pulumi from '@pulumi/pulumi';

export class DeferredTopics {
  private readonly pending = new Map<string, { output: pulumi.Output<string>; resolve: (source: pulumi.Output<string>) => void }>();

  /** The action ARN for alarms in `region` ('primary' or a forwarded region), resolved by `settle`. */
  arn(region: string): pulumi.Output<string> {
    let entry = this.pending.get(region);
    if (entry === undefined) {
      const [output, resolve] = pulumi.deferredOutput<string>();
      entry = { output, resolve };
      this.pending.set(region, entry);
    }
    return entry.output;
  }

  settle(arns: Record<string, pulumi.Output<string>>): void {
    for (const [region, arn] of Object.entries(arns)) {
      this.pending.get(region)?.resolve(arn);
      this.pending.delete(region);
    }
  }

  /** A placeholder left unresolved would hang the program; fail loudly instead. */
  assertSettled(): void {
    if (this.pending.size > 0) throw new Error(`internal: alarm actions never created for ${[...this.pending.keys()].sort().join(', ')}`);
  }
}
