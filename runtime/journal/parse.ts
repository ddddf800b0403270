/**
 * Reading one stored event back, refusing what is not a version-1 event. The journal is written by
 * our own functions, but it sits in a bucket: a half-written object, a hand edit or a future
 * version must cost one skipped line in the report, never the report.
 */
import { EVENT_KINDS, type EventKind, JOURNAL_VERSION, type JournalEvent, NOTE_MAX_CHARS } from './event';

export type Parsed = { ok: true; event: JournalEvent } | { ok: false; reason: string };

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** The fields each kind needs beyond the common ones, and their types. */
const FIELDS: Record<EventKind, Record<string, 'string' | 'number'>> = {
  raised: { severity: 'string' },
  delivered: { person: 'string', channel: 'string', stage: 'number', attempts: 'number' },
  'delivery-failed': { person: 'string', channel: 'string', stage: 'number', attempts: 'number', error: 'string' },
  acknowledged: { person: 'string', method: 'string', stage: 'number' },
  'ack-refused': { method: 'string', reason: 'string' },
  escalated: { stage: 'number' },
  'switched-to-plan-b': { person: 'string', process: 'string' },
  recovered: {},
  note: { person: 'string', text: 'string' },
};

export function parseEvent(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not a JSON object' };
  const o = data as Record<string, unknown>;
  if (o.v !== JOURNAL_VERSION)
    return { ok: false, reason: `journal version ${JSON.stringify(o.v)}, this Plan B reads version ${JOURNAL_VERSION}` };
  if (typeof o.kind !== 'string' || !(EVENT_KINDS as readonly string[]).includes(o.kind))
    return { ok: false, reason: `unknown kind ${JSON.stringify(o.kind)}` };
  if (typeof o.at !== 'string' || !ISO_UTC.test(o.at) || Number.isNaN(Date.parse(o.at)))
    return { ok: false, reason: '"at" is not an ISO UTC time' };
  for (const key of ['alarm', 'incident']) {
    if (typeof o[key] !== 'string' || (o[key] as string).length === 0) return { ok: false, reason: `"${key}" missing` };
  }
  for (const [key, type] of Object.entries(FIELDS[o.kind as EventKind])) {
    if (typeof o[key] !== type) return { ok: false, reason: `${o.kind} event without "${key}"` };
  }
  if (o.kind === 'note' && (o.text as string).length > NOTE_MAX_CHARS)
    return { ok: false, reason: `note longer than ${NOTE_MAX_CHARS} characters` };
  return { ok: true, event: data as JournalEvent };
}
