/**
 * From stored objects to the events a report may count: each object parsed, checked against the
 * blueprint and the month, de-duplicated, put in time order. Whatever is left out is listed with
 * its reason, so the owner sees what the report did not count instead of a silently smaller month.
 */
import type { AlarmTarget } from '../../runtime/journal/alarms';
import { canonicalJson, type JournalEvent } from '../../runtime/journal/event';
import { parseEvent } from '../../runtime/journal/parse';
import { byText } from './findings';
import { WEBHOOK_ALARM } from '../../runtime/handlers/webhook-alarm';

export interface StoredObject {
  key: string;
  /** The object's text, or null when it could not be read (then `error` says why). */
  text: string | null;
  error?: string;
}

export type SkipReason =
  | { code: 'corrupt'; detail: string }
  | { code: 'unknown-alarm'; alarm: string }
  | { code: 'duplicate'; of: string }
  | { code: 'misfiled'; stored: string; dated: string }
  | { code: 'outside-month'; dated: string }
  | { code: 'no-incident'; incident: string }
  | { code: 'skew'; seconds: number };

export interface Skipped {
  key: string;
  reason: SkipReason;
}

export interface ReadJournal {
  /** The month's own events, in time order. */
  events: JournalEvent[];
  /**
   * Events of the month before that belong to an incident this month continues (open when the
   * month began, or answered, recovered or explained during it), in time order: an outage from
   * 23:50 on the 30th to 00:30 on the 1st counts its 30 minutes in the new month too.
   */
  carried: JournalEvent[];
  skipped: Skipped[];
  /** Events stored out of time order (put back in order, counted). */
  reordered: number;
  /** Events dated a little before their incident was raised (clock skew within tolerance), moved to it. */
  adjusted: number;
}

/** Clocks of different functions disagree by seconds; more than this is not skew but a broken event. */
export const SKEW_TOLERANCE_MS = 2 * 60_000;

/** Within an instant, the order things happen in. */
const KIND_ORDER: Record<JournalEvent['kind'], number> = {
  raised: 0,
  'delivery-failed': 1,
  delivered: 2,
  escalated: 3,
  'ack-refused': 4,
  acknowledged: 5,
  'switched-to-plan-b': 6,
  note: 7,
  recovered: 8,
};

// ISO UTC times of one format compare as strings; `<` not localeCompare (ICU collation is ~50x slower).
const byTime = (a: JournalEvent, b: JournalEvent) => (a.at < b.at ? -1 : a.at > b.at ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

/**
 * Objects of `month` (YYYY-MM) in listing order; `targets` are the alarms the blueprint can raise;
 * `earlier` are the objects of the month before, read only for the incidents this month continues
 * (what is wrong in them is listed by that month's own report, not this one).
 */
export function readJournal(
  objects: readonly StoredObject[],
  month: string,
  targets: ReadonlyMap<string, AlarmTarget>,
  earlier: readonly StoredObject[] = [],
): ReadJournal {
  const skipped: Skipped[] = [];
  const seen = new Map<string, string>();
  const valid: { key: string; event: JournalEvent }[] = [];
  let reordered = 0;
  let last = '';
  for (const { key, text, error } of objects) {
    if (text === null) {
      skipped.push({ key, reason: { code: 'corrupt', detail: `could not be read (${error ?? 'unknown error'})` } });
      continue;
    }
    const parsed = parseEvent(text);
    if (!parsed.ok) {
      skipped.push({ key, reason: { code: 'corrupt', detail: parsed.reason } });
      continue;
    }
    const e = parsed.event;
    const stored = /journal\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(key);
    const dated = e.at.slice(0, 10);
    if (stored && `${stored[1]}-${stored[2]}-${stored[3]}` !== dated) {
      skipped.push({ key, reason: { code: 'misfiled', stored: `${stored[1]}-${stored[2]}-${stored[3]}`, dated } });
      continue;
    }
    if (!e.at.startsWith(month)) {
      skipped.push({ key, reason: { code: 'outside-month', dated } });
      continue;
    }
    if (!targets.has(e.alarm) && e.alarm !== WEBHOOK_ALARM) {
      skipped.push({ key, reason: { code: 'unknown-alarm', alarm: e.alarm } });
      continue;
    }
    // The canonical text itself is the identity: same fields, same values, same event.
    const hash = canonicalJson(e);
    const first = seen.get(hash);
    if (first !== undefined) {
      skipped.push({ key, reason: { code: 'duplicate', of: first } });
      continue;
    }
    seen.set(hash, key);
    if (e.at < last) reordered++;
    else last = e.at;
    valid.push({ key, event: e });
  }
  valid.sort((a, b) => byTime(a.event, b.event));
  const carried = carriedEvents(
    earlier,
    month,
    targets,
    valid.map((v) => v.event),
  );
  return { ...placeInIncidents(valid, skipped, carried), reordered, carried };
}

/**
 * The earlier month's events of every incident raised then that is still open at this month's
 * start or has an event in this month. Unreadable, corrupt, unknown or repeated objects are left
 * out without a word: they are that month's to report.
 */
function carriedEvents(
  earlier: readonly StoredObject[],
  month: string,
  targets: ReadonlyMap<string, AlarmTarget>,
  current: readonly JournalEvent[],
): JournalEvent[] {
  const byIncident = new Map<string, JournalEvent[]>();
  const seen = new Set<string>();
  for (const { text } of earlier) {
    const parsed = text === null ? undefined : parseEvent(text);
    if (!parsed?.ok) continue;
    const e = parsed.event;
    const hash = canonicalJson(e);
    if (e.at >= month || !targets.has(e.alarm) || seen.has(hash)) continue;
    seen.add(hash);
    const events = byIncident.get(e.incident);
    if (events) events.push(e);
    else byIncident.set(e.incident, [e]);
  }
  const continued = new Set(current.map((e) => e.incident));
  const out: JournalEvent[] = [];
  for (const [incident, events] of byIncident) {
    const raised = events.some((e) => e.kind === 'raised');
    const recovered = events.some((e) => e.kind === 'recovered');
    if (raised && (!recovered || continued.has(incident))) out.push(...events);
  }
  return out.sort(byTime);
}

/**
 * Every event must follow its incident's `raised`: one dated slightly before is moved to it
 * (skew), one dated well before, or of an incident never raised this month, is skipped.
 */
function placeInIncidents(
  valid: { key: string; event: JournalEvent }[],
  skipped: Skipped[],
  carried: readonly JournalEvent[],
): Pick<ReadJournal, 'events' | 'skipped' | 'adjusted'> {
  const raisedAt = new Map<string, number>();
  for (const event of carried)
    if (event.kind === 'raised' && !raisedAt.has(event.incident)) raisedAt.set(event.incident, Date.parse(event.at));
  for (const { event } of valid)
    if (event.kind === 'raised' && !raisedAt.has(event.incident)) raisedAt.set(event.incident, Date.parse(event.at));
  const events: JournalEvent[] = [];
  let adjusted = 0;
  for (const { key, event } of valid) {
    if (event.alarm === WEBHOOK_ALARM) {
      events.push(event);
      continue;
    }
    const start = raisedAt.get(event.incident);
    if (start === undefined) {
      skipped.push({ key, reason: { code: 'no-incident', incident: event.incident } });
      continue;
    }
    if (event.kind === 'raised' && Date.parse(event.at) !== start) {
      skipped.push({ key, reason: { code: 'duplicate', of: event.incident } });
      continue;
    }
    const early = start - Date.parse(event.at);
    if (early > SKEW_TOLERANCE_MS) {
      skipped.push({ key, reason: { code: 'skew', seconds: Math.round(early / 1000) } });
      continue;
    }
    if (early > 0) adjusted++;
    events.push(early > 0 ? { ...event, at: new Date(start).toISOString() } : event);
  }
  events.sort(byTime);
  skipped.sort((a, b) => byText(a.key, b.key));
  return { events, skipped, adjusted };
}
