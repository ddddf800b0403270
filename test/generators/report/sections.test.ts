/**
 * The incident log agrees with the availability table: its "What stopped" names the processes an
 * incident counted as down, and for an alarm that stops none (backup, certificate, domain: an
 * incident but not downtime, docs/operations.md) it names what failed and says nothing stopped.
 * A stale backup of the open orders was logged as stopping taking orders, payments and shipping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportData, reportLocale, reportMarkdown, type StoredObject } from '../../../generators/report';
import { eventKey, type JournalEvent } from '../../../runtime/journal/event';
import { exampleModel } from '../documents/build-model';
import { sampleObjects } from './sample';

const model = exampleModel('online-shop');

/** The first table under a section's heading: its heading row and its rows, as cells. */
function sectionTable(markdown: string, heading: string): { head: string[]; rows: string[][] } {
  const section = markdown.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  const lines = section.split('\n').filter((line) => line.startsWith('| '));
  const [head, , ...rows] = lines.map((row) => row.slice(2, -2).split(' | '));
  return { head: head!, rows };
}

/** The cells of one column of a section's table. */
function logRows(markdown: string, heading: string, column: string): string[] {
  const { head, rows } = sectionTable(markdown, heading);
  const at = head.indexOf(column);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.map((r) => r[at]!);
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

/** The blank incident log's heading row in the owner's documents. */
function blankLogHead(locale: string): string[] {
  const template = readFileSync(join(__dirname, '../../../generators/documents/templates', locale, 'incident-log.md.hbs'), 'utf8');
  const row = template.split('\n').find((line) => line.startsWith('| '))!;
  return row.slice(2, -2).split(' | ');
}

describe.each(['en', 'ru'])('the incident tables say what their columns hold (%s)', (locale) => {
  const l = reportLocale(locale);
  const report = async () => {
    const data = reportData(model, await sampleObjects(), '2026-10');
    return { data, markdown: reportMarkdown(model, data, l).markdown };
  };

  it("fill in the blank incident log's columns, under its headings", async () => {
    const { markdown } = await report();
    expect(sectionTable(markdown, l.t('log')).head).toEqual(blankLogHead(locale));
  });

  it('show the RTO in every column whose heading promises it', async () => {
    const { data, markdown } = await report();
    const withRto = data.incidents.filter((i) => i.rto !== undefined && i.recoveredAt !== undefined);
    expect(withRto.length).toBeGreaterThan(0);
    for (const heading of [l.t('incidents'), l.t('log')]) {
      const { head, rows } = sectionTable(markdown, heading);
      head.forEach((column, at) => {
        if (!column.includes('RTO')) return;
        for (const i of withRto) expect(rows[data.incidents.indexOf(i)]![at], `${heading}: ${column}`).toContain(`(${l.duration(i.rto!)})`);
      });
    }
  });

  it('name who switched to plan B in the incidents, and which process in the log, under different headings', async () => {
    const { data, markdown } = await report();
    const n = data.incidents.findIndex((i) => i.planB.length > 0);
    const switched = data.incidents[n]!.planB[0]!;
    const incidents = sectionTable(markdown, l.t('incidents'));
    const log = sectionTable(markdown, l.t('log'));
    const by = incidents.head.indexOf(l.t('colPlanBBy'));
    const used = log.head.indexOf(l.t('logPlanB'));
    expect(l.t('colPlanBBy')).not.toBe(l.t('logPlanB'));
    expect(incidents.rows[n]![by]).toBe(model.index.people.get(switched.person)!.name);
    expect(log.rows[n]![used]).toBe(model.index.processes.get(switched.process)!.name);
  });
});
