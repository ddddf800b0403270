/**
 * The incident log agrees with the availability table: its "What stopped" names the processes an
 * incident counted as down, and for an alarm that stops none (backup, certificate, domain: an
 * incident but not downtime, docs/operations.md) it names what failed and says nothing stopped.
 * A stale backup of the open orders was logged as stopping taking orders, payments and shipping.
 */
import { describe, expect, it } from 'vitest';
import { reportData, reportLocale, reportMarkdown, type StoredObject } from '../../../generators/report';
import { eventKey, type JournalEvent } from '../../../runtime/journal/event';
import { exampleModel } from '../documents/build-model';
import { sampleObjects } from './sample';

const model = exampleModel('online-shop');

/** The incident log's rows, as cells, and the column of "What stopped". */
function logRows(markdown: string, heading: string, column: string): string[] {
  const section = markdown.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((l) => l.startsWith('| '));
  const cells = (row: string) => row.slice(2, -2).split(' | ');
  const at = cells(rows[0]!).indexOf(column);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.slice(2).map((r) => cells(r)[at]!);
}

const raised = (alarm: string, at: string): JournalEvent[] => {
  const incident = `${alarm}@${at}`;
  return [
    { v: 1, kind: 'raised', alarm, incident, at, severity: 'warning' },
    { v: 1, kind: 'recovered', alarm, incident, at: new Date(Date.parse(at) + 3_600_000).toISOString() },
  ] as JournalEvent[];
};

describe.each(['en', 'ru'])('the incident log (%s)', (locale) => {
  const l = reportLocale(locale);

  it('names as stopped only the processes the availability table counts as down', async () => {
    const data = reportData(model, await sampleObjects(), '2026-10');
    const stopped = logRows(reportMarkdown(model, data, l).markdown, l.t('log'), l.t('logStopped'));
    expect(stopped).toHaveLength(data.incidents.length);
    const names = model.processes.map((p) => p.name);
    data.incidents.forEach((incident, n) => {
      const named = names.filter((name) => stopped[n]!.includes(name));
      const down = data.processes.filter((a) => a.down.some(([s, e]) => s < (incident.recoveredAt ?? Infinity) && e > incident.raisedAt));
      for (const name of named)
        expect(
          down.map((a) => a.item.name),
          `${incident.target.id}: ${name}`,
        ).toContain(name);
    });
  });

  it('says that a backup or domain alarm stopped no process, and names what failed', () => {
    const events = [
      ...raised('backup:open-orders/bucket', '2026-10-12T00:00:00.000Z'),
      ...raised('domain:samovar-tea.example', '2026-10-14T00:00:00.000Z'),
    ];
    const objects: StoredObject[] = events.map((e) => ({ key: eventKey(e), text: JSON.stringify(e) }));
    const data = reportData(model, objects, '2026-10');
    expect(data.incidents.map((i) => i.target.kind)).toEqual(['backup', 'domain']);
    expect(data.processes.every((a) => a.downSeconds === 0)).toBe(true);
    const stopped = logRows(reportMarkdown(model, data, l).markdown, l.t('log'), l.t('logStopped'));
    expect(stopped).toEqual(data.incidents.map((i) => l.t('logNoneStopped', { what: i.target.name })));
    for (const cell of stopped) for (const p of model.processes) expect(cell).not.toContain(p.name);
  });
});
