/**
 * A hostile journal still gives a report: corrupt and unreadable objects, unknown alarms,
 * duplicates, events stored out of order, clock skew, a future version, a misfiled object. Each
 * is listed with its reason; what can be counted is counted. An empty month says so.
 */
import { describe, expect, it } from 'vitest';
import { generateReport, reportData, type StoredObject } from '../../../generators/report';
import { eventKey, type JournalEvent } from '../../../runtime/journal/event';
import { exampleModel } from '../documents/build-model';
import { sampleObjects } from './sample';

const model = exampleModel('online-shop');
const base = { v: 1 as const, alarm: 'endpoint:crm-api', incident: 'endpoint:crm-api@2026-10-10T10:00:00.000Z' };
const ev = (e: Partial<JournalEvent> & { kind: JournalEvent['kind']; at: string }): JournalEvent => ({ ...base, ...e }) as JournalEvent;
const obj = (e: JournalEvent, key = eventKey(e)): StoredObject => ({ key, text: JSON.stringify(e) });

const raised = ev({ kind: 'raised', at: '2026-10-10T10:00:00.000Z', severity: 'warning' });
const recovered = ev({ kind: 'recovered', at: '2026-10-10T11:00:00.000Z' });
const ackSkewed = ev({ kind: 'acknowledged', at: '2026-10-10T09:59:30.000Z', person: 'anton', method: 'telegram', stage: 1 });
const ghost = {
  ...ev({ kind: 'raised', at: '2026-10-11T10:00:00.000Z', severity: 'critical' }),
  alarm: 'endpoint:deleted-long-ago',
  incident: 'endpoint:deleted-long-ago@2026-10-11T10:00:00.000Z',
};
const farSkew = ev({ kind: 'note', at: '2026-10-10T09:00:00.000Z', person: 'anton', text: 'written by a clock an hour behind' });
const orphan = { ...recovered, incident: 'endpoint:crm-api@2026-09-30T23:00:00.000Z' };

function hostileObjects(): StoredObject[] {
  return [
    obj(recovered), // stored before its raised: out of order
    obj(raised),
    obj(ackSkewed),
    { key: 'journal/2026/10/10/copy-of-raised.json', text: JSON.stringify(raised) },
    { key: 'journal/2026/10/10/half-written.json', text: '{"v":1,"kind":"rai' },
    { key: 'journal/2026/10/10/unreadable.json', text: null, error: 'AccessDenied' },
    { key: 'journal/2026/10/10/from-the-future.json', text: JSON.stringify({ ...raised, v: 2 }) },
    {
      key: 'journal/2026/10/01/misfiled.json',
      text: JSON.stringify(
        ev({ kind: 'raised', at: '2026-10-09T08:00:00.000Z', severity: 'warning', incident: 'endpoint:crm-api@2026-10-09T08:00:00.000Z' }),
      ),
    },
    obj(ghost),
    obj(farSkew),
    obj(orphan),
    { key: 'journal/2026/10/12/<b>html</b>`.json', text: 'not json' },
  ];
}

describe('a hostile journal', () => {
  it('counts what it can and lists each skipped object with its reason', () => {
    const data = reportData(model, hostileObjects(), '2026-10');
    expect(data.incidents.map((i) => [i.target.id, i.ack?.person, (i.recoveredAt! - i.raisedAt) / 60_000])).toEqual([
      ['endpoint:crm-api', 'anton', 60],
    ]);
    expect(data.journal.reordered).toBe(3); // raised, the skewed ack and the far-skewed note were stored after the recovery
    expect(data.journal.adjusted).toBe(1);
    expect(data.journal.skipped.map((s) => [s.key.replace(/^journal\/2026\/10\//, ''), s.reason.code])).toEqual([
      ['01/misfiled.json', 'misfiled'],
      ['10/20261010T090000.000Z-endpoint_crm-api-note-' + eventKey(farSkew).slice(-17), 'skew'],
      [eventKey(orphan).slice('journal/2026/10/'.length), 'no-incident'],
      ['10/copy-of-raised.json', 'duplicate'],
      ['10/from-the-future.json', 'corrupt'],
      ['10/half-written.json', 'corrupt'],
      ['10/unreadable.json', 'corrupt'],
      [eventKey(ghost).slice('journal/2026/10/'.length), 'unknown-alarm'],
      ['12/<b>html</b>`.json', 'corrupt'],
    ]);
  });

  it('says in the report what it skipped and why, escaped', async () => {
    const [md] = await generateReport(model, hostileObjects(), { month: '2026-10', locale: 'en' });
    const section = md!.content.slice(md!.content.indexOf('## What the report did not count'));
    expect(section).toContain('journal/2026/10/01/misfiled.json`: stored under 2026-10-01 but dated 2026-10-09');
    expect(section).toContain('copy-of-raised.json`: duplicate of journal/2026/10/10/20261010T100000.000Z-endpoint\\_crm-api-raised-');
    expect(section).toContain('from-the-future.json`: unreadable: journal version 2, this Plan B reads version 1');
    expect(section).toContain('unreadable.json`: unreadable: could not be read (AccessDenied)');
    expect(section).toContain(': alarm `endpoint:deleted-long-ago` is not in the blueprint');
    expect(section).toContain(': dated 3600 s before its alarm was raised (clock skew)');
    expect(section).toContain(': its alarm was not raised this month');
    expect(section).toContain('- Stored out of time order and put in order: 3 events.');
    expect(section).toContain('- ``journal/2026/10/12/<b>html</b>`.json``: unreadable: not JSON');
    expect(md!.content).toContain('- [ ] 9 events not counted (listed below): check the journal bucket.');
  });

  it('never lets a hostile key into the HTML as markup', async () => {
    const [, html] = await generateReport(model, hostileObjects(), { month: '2026-10', locale: 'en' });
    expect(html!.content).toContain('&lt;b&gt;html&lt;/b&gt;');
    expect(html!.content).not.toContain('<b>html');
  });

  it('in Russian too', async () => {
    const [md] = await generateReport(model, hostileObjects(), { month: '2026-10', locale: 'ru' });
    expect(md!.content).toContain('датировано на 3600 с раньше своей тревоги (расхождение часов)');
    expect(md!.content).toContain('Не учтено: 9 событий (список ниже)');
  });
});

describe('an empty month', () => {
  it('says the journal has no events, and reports full availability without incidents', async () => {
    const objects = await sampleObjects('2026-11');
    expect(objects).toEqual([]);
    const [md] = await generateReport(model, objects, { month: '2026-11', locale: 'en' });
    expect(md!.content).toContain('> The journal has no events for this month.');
    expect(md!.content).toContain('No incidents this month.');
    expect(md!.content).toContain('| Taking orders on the site | 0 minutes | 100% |');
  });
});
