/**
 * What the month's incidents and deliveries add up to: recurring failures, delivery per channel,
 * refused acknowledgements, backups and their restore tests, what expires soon. Pure.
 */
import type { DataCopy, DataSet, Domain, Model } from '../../model/model';
import type { JournalEvent } from '../../runtime/journal/event';
import type { Month } from './availability';
import type { Incident } from './incidents';

/** Code-point order: the same in every locale and ICU version, unlike localeCompare. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The same alarm this many times in a month is a recurring failure, not bad luck. */
export const RECURRING_AT = 3;
/** Restore tests older than this (when the copy gives no checkEvery) are overdue. */
export const RESTORE_TEST_EVERY_SECONDS = 90 * 86_400;
/** Domains expiring within this many days after the month are listed. */
export const EXPIRY_HORIZON_DAYS = 60;

export interface Recurring {
  alarm: string;
  name: string;
  incidents: Incident[];
}

export function recurring(incidents: readonly Incident[]): Recurring[] {
  const by = new Map<string, Incident[]>();
  for (const i of incidents) {
    const list = by.get(i.target.id);
    if (list) list.push(i);
    else by.set(i.target.id, [i]);
  }
  return [...by.entries()]
    .filter(([, list]) => list.length >= RECURRING_AT)
    .map(([alarm, list]) => ({ alarm, name: list[0]!.target.name, incidents: list }))
    .sort((a, b) => b.incidents.length - a.incidents.length || byText(a.alarm, b.alarm));
}

export interface ChannelDelivery {
  channel: string;
  delivered: number;
  failed: number;
  /** Of the failures, how many the breaker skipped without trying. */
  skipped: number;
}

export function deliveryByChannel(events: readonly JournalEvent[]): ChannelDelivery[] {
  const by = new Map<string, ChannelDelivery>();
  for (const e of events) {
    if (e.kind !== 'delivered' && e.kind !== 'delivery-failed') continue;
    const row = by.get(e.channel) ?? by.set(e.channel, { channel: e.channel, delivered: 0, failed: 0, skipped: 0 }).get(e.channel)!;
    if (e.kind === 'delivered') row.delivered++;
    else {
      row.failed++;
      if (e.attempts === 0) row.skipped++;
    }
  }
  return [...by.values()].sort((a, b) => byText(a.channel, b.channel));
}

export function refusedByReason(events: readonly JournalEvent[]): { reason: string; count: number }[] {
  const by = new Map<string, number>();
  for (const e of events) if (e.kind === 'ack-refused') by.set(e.reason, (by.get(e.reason) ?? 0) + 1);
  return [...by.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => byText(a.reason, b.reason));
}

export interface BackupRow {
  data: DataSet;
  copy: DataCopy;
  alarms: number;
  staleSeconds: number;
  lastTest?: string;
  testOverdue: boolean;
}

const DAY_MS = 86_400_000;

export function backups(model: Model, incidents: readonly Incident[], month: Month): BackupRow[] {
  return model.data.flatMap((d) =>
    d.copies
      .filter((c) => c.automated || c.lastChecked !== undefined)
      .map((copy) => {
        const mine = incidents.filter((i) => i.target.id === `backup:${d.id}/${copy.id}`);
        const every = (copy.checkEvery ?? RESTORE_TEST_EVERY_SECONDS) * 1000;
        return {
          data: d,
          copy,
          alarms: mine.length,
          staleSeconds: mine.reduce((sum, i) => sum + ((i.recoveredAt ?? month.end) - i.raisedAt) / 1000, 0),
          ...(copy.lastChecked !== undefined ? { lastTest: copy.lastChecked } : {}),
          testOverdue: copy.lastChecked === undefined || Date.parse(`${copy.lastChecked}T00:00:00Z`) + every < month.end,
        };
      }),
  );
}

export function expiringDomains(model: Model, month: Month): Domain[] {
  return model.domains
    .filter((d) => Date.parse(`${d.expires}T00:00:00Z`) < month.end + EXPIRY_HORIZON_DAYS * DAY_MS)
    .sort((a, b) => byText(a.expires, b.expires));
}
