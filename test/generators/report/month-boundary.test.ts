/**
 * Incidents that run over the start of a month: an outage from 23:50 on 30 September to 00:30 on
 * 1 October is 10 minutes of September and 30 minutes of October, and October's report lists it
 * with who answered it (in September). The CLI reads the month before for this.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportData, type StoredObject } from '../../../generators/report';
import { previousMonth, reportFiles } from '../../../pipeline/report';
import { eventKey, type JournalEvent } from '../../../runtime/journal/event';
import { FolderJournal } from '../../../runtime/journal/store';
import { exampleModel } from '../documents/build-model';

const model = exampleModel('online-shop');
const alarm = 'endpoint:crm-api';
const incident = (at: string) => `${alarm}@${at}`;
const ev = (e: Partial<JournalEvent> & { kind: JournalEvent['kind']; at: string }, raisedAt: string): JournalEvent =>
  ({ v: 1, alarm, incident: incident(raisedAt), ...e }) as JournalEvent;
const obj = (e: JournalEvent): StoredObject => ({ key: eventKey(e), text: JSON.stringify(e) });

const overnight = '2026-09-30T23:50:00.000Z';
const overnightEvents = [
  ev({ kind: 'raised', at: overnight, severity: 'warning' }, overnight),
  ev({ kind: 'acknowledged', at: '2026-09-30T23:55:00.000Z', person: 'anton', method: 'telegram', stage: 1 }, overnight),
  ev({ kind: 'recovered', at: '2026-10-01T00:30:00.000Z' }, overnight),
];
const inSeptember = (events: readonly JournalEvent[]) => events.filter((e) => e.at < '2026-10').map(obj);
const inOctober = (events: readonly JournalEvent[]) => events.filter((e) => e.at >= '2026-10').map(obj);
const downMinutes = (data: ReturnType<typeof reportData>) => Math.max(...data.processes.map((p) => p.downSeconds / 60));

describe('an incident over the start of a month', () => {
  it('counts its minutes in each month and keeps who answered it', () => {
    const october = reportData(model, inOctober(overnightEvents), '2026-10', inSeptember(overnightEvents));
    expect(october.incidents.map((i) => [i.id, i.ack?.person, (i.recoveredAt! - i.raisedAt) / 60_000])).toEqual([
      [incident(overnight), 'anton', 40],
    ]);
    expect(downMinutes(october)).toBe(30);
    expect(october.journal.skipped).toEqual([]);
    expect(october.incidents.filter((i) => i.raisedAt < october.month.start)).toHaveLength(1);
    // The month's own events are still only October's: the intro counts 1 event read.
    expect(october.journal.events.map((e) => e.kind)).toEqual(['recovered']);

    const september = reportData(model, inSeptember(overnightEvents), '2026-09');
    expect(downMinutes(september)).toBe(10);
    expect(september.incidents[0]?.recoveredAt).toBeUndefined();
  });

  it('without the month before, the recovery is listed as skipped, not silently dropped', () => {
    const october = reportData(model, inOctober(overnightEvents), '2026-10');
    expect(october.incidents).toEqual([]);
    expect(october.journal.skipped.map((s) => s.reason.code)).toEqual(['no-incident']);
  });

  it('an outage open for the whole month counts the whole month', () => {
    const open = [ev({ kind: 'raised', at: overnight, severity: 'warning' }, overnight)];
    const october = reportData(model, [], '2026-10', open.map(obj));
    expect(downMinutes(october)).toBe(31 * 24 * 60);
    expect(october.incidents[0]?.recoveredAt).toBeUndefined();
  });

  it('leaves out what the month before finished, and what is wrong in it', () => {
    const done = '2026-09-12T08:00:00.000Z';
    const finished = [
      ev({ kind: 'raised', at: done, severity: 'warning' }, done),
      ev({ kind: 'recovered', at: '2026-09-12T08:20:00.000Z' }, done),
    ];
    const october = reportData(model, [], '2026-10', [...finished.map(obj), { key: 'journal/2026/09/13/broken.json', text: '{"v":1' }]);
    expect(october.incidents).toEqual([]);
    expect(october.journal.skipped).toEqual([]);
    expect(downMinutes(october)).toBe(0);
  });

  it('a cause written in October for a September incident is attached to it', () => {
    const done = '2026-09-29T08:00:00.000Z';
    const events = [
      ev({ kind: 'raised', at: done, severity: 'warning' }, done),
      ev({ kind: 'recovered', at: '2026-09-29T08:20:00.000Z' }, done),
      ev({ kind: 'note', at: '2026-10-02T09:00:00.000Z', person: 'anton', text: 'CRM vendor maintenance' }, done),
    ];
    const october = reportData(model, inOctober(events), '2026-10', inSeptember(events));
    expect(october.incidents.map((i) => i.causes.map((c) => c.text))).toEqual([['CRM vendor maintenance']]);
    expect(downMinutes(october)).toBe(0);
  });
});

describe('the report command reads the month before', () => {
  let dir: string | undefined;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('from a journal folder, in English and Russian', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-journal-'));
    const journal = new FolderJournal(dir);
    for (const e of overnightEvents) await journal.append(e);
    const [en] = await reportFiles(model, journal, { month: '2026-10', locale: 'en' });
    expect(en!.content).toContain('1 incident began the month before and ran into this one');
    const [ru] = await reportFiles(model, journal, { month: '2026-10', locale: 'ru' });
    expect(ru!.content).toContain('Перешли с прошлого месяца: 1 инцидент');
  });

  it('knows the month before January', () => {
    expect([previousMonth('2027-01'), previousMonth('2026-10'), previousMonth('2026-11')]).toEqual(['2026-12', '2026-09', '2026-10']);
  });
});
