/**
 * The journal's event format, version 1: one small JSON object per event, append-only.
 *
 * Every state change of an alarm the stack creates is one event; staff add incidents the monitors
 * cannot see as `note` events. An incident is one alarm from `raised` to `recovered`; its id is the
 * alarm plus the time it was raised, so every Lambda that touches it can name it without a lookup.
 * The report (generators/report) reads these and nothing else.
 */
import { createHash } from 'node:crypto';

export const JOURNAL_VERSION = 1;

export const EVENT_KINDS = [
  'raised',
  'delivered',
  'delivery-failed',
  'acknowledged',
  'ack-refused',
  'escalated',
  'switched-to-plan-b',
  'recovered',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How a page was answered: the Telegram button, or the signed link in an e-mail or SMS. */
export type AckMethod = 'telegram' | 'link';

interface EventBase {
  v: typeof JOURNAL_VERSION;
  /** When it happened, ISO 8601 UTC with milliseconds. */
  at: string;
  /** The alarm (see runtime/journal/alarms.ts): `endpoint:<id>`, `check:<id>`, `backup:<data>/<copy>`, `domain:<name>`, `certificate:<endpoint>`, `staff:<process>`. */
  alarm: string;
  /** `<alarm>@<raised at>`. */
  incident: string;
}

export type JournalEvent =
  | (EventBase & { kind: 'raised'; severity: 'critical' | 'warning' | 'info'; reason?: string })
  | (EventBase & { kind: 'delivered'; person: string; channel: string; stage: number; attempts: number })
  | (EventBase & { kind: 'delivery-failed'; person: string; channel: string; stage: number; attempts: number; error: string })
  | (EventBase & { kind: 'acknowledged'; person: string; method: AckMethod; stage: number })
  | (EventBase & { kind: 'ack-refused'; method: AckMethod; reason: string; person?: string })
  | (EventBase & { kind: 'escalated'; stage: number })
  | (EventBase & { kind: 'switched-to-plan-b'; person: string; process: string })
  | (EventBase & { kind: 'recovered' })
  | (EventBase & { kind: 'note'; person: string; text: string });

/** Notes are short: a cause or a one-line incident, not a post-mortem. */
export const NOTE_MAX_CHARS = 500;

export function incidentId(alarm: string, raisedAt: string): string {
  return `${alarm}@${raisedAt}`;
}

/** The canonical text of an event: keys sorted, so the same event always hashes the same. */
export function canonicalJson(event: JournalEvent): string {
  // An array replacer both orders and selects the keys (events are flat): no copy of the object.
  return JSON.stringify(event, Object.keys(event).sort());
}

export function eventHash(event: JournalEvent): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex').slice(0, 12);
}

/**
 * Where an event is stored: `journal/YYYY/MM/DD/<time>-<alarm>-<kind>-<hash>.json`. The dated
 * prefix lets a month be listed without reading the rest; the time first keeps a day's keys in
 * order; the hash makes two different events at the same millisecond two objects, and the same
 * event written twice (a retried Lambda) one.
 */
export function eventKey(event: JournalEvent): string {
  const [date] = event.at.split('T') as [string];
  const [y, m, d] = date.split('-');
  const time = event.at.replace(/[-:]/g, '');
  const alarm = event.alarm.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80);
  return `journal/${y}/${m}/${d}/${time}-${alarm}-${event.kind}-${eventHash(event)}.json`;
}

/** The key prefix of one month, `journal/2026/10/`. */
export function monthPrefix(month: string): string {
  return `journal/${month.replace('-', '/')}/`;
}
