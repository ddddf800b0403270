/**
 * Watching the forwarding of other regions' alarms. Route 53 and the probes alarm in us-east-1,
 * and an EventBridge rule there forwards their state changes to the pager's region. If that rule's
 * deliveries fail, every one of those alarms is silenced, and no alarm on the failure could reach
 * the pager either: it would need the same forwarding. So the pager asks CloudWatch itself, every
 * ten minutes, how many of the rule's invocations failed (AWS/Events FailedInvocations), and tells
 * the people of the "pager failing" topic (plain SNS, past the pager) when failures start, then
 * once an hour while they go on.
 */
import type { ForwardingWatchFile } from '../../components/alerts/contract';
import { HOUSEKEEPING_MINUTES } from '../schedule';

/** The window each check looks back over: the time since the last housekeeping run (runtime/schedule.ts). */
export const WATCH_WINDOW_MS = HOUSEKEEPING_MINUTES * 60_000;

export interface ForwardingPorts {
  /** FailedInvocations of `rule` in `region` in the window before `endMs` and in the one before that: [earlier, latest]. */
  failures(region: string, rule: string, endMs: number): Promise<[earlier: number, latest: number]>;
  /** Publish to the "pager failing" topic. */
  notify(topicArn: string, subject: string, text: string): Promise<void>;
}

export interface ForwardingReport {
  region: string;
  failures: number;
  told: boolean;
}

/**
 * One check of every forwarding rule. Tells on the first window with failures after one without,
 * and on the window that starts each hour while failures go on; says nothing while all is well.
 */
export async function watchForwarding(file: ForwardingWatchFile, ports: ForwardingPorts, nowMs: number): Promise<ForwardingReport[]> {
  const reports: ForwardingReport[] = [];
  for (const f of file.forwards) {
    const [earlier, latest] = await ports.failures(f.region, f.rule, nowMs);
    const hourly = new Date(nowMs).getUTCMinutes() < HOUSEKEEPING_MINUTES;
    const told = latest > 0 && (earlier === 0 || hourly);
    if (told) {
      await ports.notify(
        file.failingTopicArn,
        `Plan B: alarms from ${f.region} are not reaching the pager`,
        `${latest} deliveries of alarm changes from ${f.region} to the pager failed in the last 10 minutes ` +
          `(EventBridge rule ${f.rule}, metric AWS/Events FailedInvocations). Alarms from ${f.region} ` +
          '(Route 53 health checks, probes) page nobody until this is fixed: check the rule, its target and its role in the AWS console.',
      );
    }
    reports.push({ region: f.region, failures: latest, told });
  }
  return reports;
}
