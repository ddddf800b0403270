/**
 * The status page's `status.json`, written by the pager (it already hears every alarm state
 * change): each component is `down` when one of its alarms is in ALARM, `unknown` while one has
 * no data (or is missing), `operational` when all are OK. Every write is a full snapshot read
 * fresh from CloudWatch, so concurrent or repeated runs are harmless.
 */
import type { StatusFeedFile } from '../../components/alerts/contract';

export type ComponentStatus = 'operational' | 'down' | 'unknown';

/** The two calls a refresh makes; the Lambda passes CloudWatch and S3 (runtime/aws/status.ts). */
export interface StatusPorts {
  /** Alarm name -> state value (OK, ALARM, INSUFFICIENT_DATA); names not found are left out. */
  alarmStates(names: readonly string[]): Promise<Record<string, string>>;
  put(body: string): Promise<void>;
}

export function componentStatus(alarmNames: readonly string[], states: Readonly<Record<string, string>>): ComponentStatus {
  const values = alarmNames.map((n) => states[n]);
  if (values.includes('ALARM')) return 'down';
  if (values.length === 0 || values.some((v) => v !== 'OK')) return 'unknown';
  return 'operational';
}

export function statusDocument(feed: StatusFeedFile, states: Readonly<Record<string, string>>, now: number): string {
  const components: Record<string, { name: string; status: ComponentStatus }> = {};
  for (const c of feed.components) components[c.id] = { name: c.name, status: componentStatus(c.alarmNames, states) };
  return JSON.stringify({ updatedAt: new Date(now).toISOString(), components });
}

/** Whether an alarm decides one of the page's components. */
export function feedsStatus(feed: StatusFeedFile, alarmName: string): boolean {
  return feed.components.some((c) => c.alarmNames.includes(alarmName));
}

export async function refreshStatus(feed: StatusFeedFile, ports: StatusPorts, now: number): Promise<void> {
  const names = [...new Set(feed.components.flatMap((c) => c.alarmNames))].sort();
  await ports.put(statusDocument(feed, await ports.alarmStates(names), now));
}
