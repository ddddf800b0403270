/**
 * The monthly report for a year of journal events of the 200-process synthetic blueprint, against
 * a floor measured in the same run: reading and parsing the same stored objects (listing the
 * month's folder, reading each object, JSON.parse and the format check) without any analysis.
 * Twelve reports, one per month, at three densities of incidents, so the time per event shows
 * whether the report stays linear in events. The journal is a local folder, as `planb report
 * --journal <dir>` reads it.
 * Target (issue 14): within 2x the floor, linear.
 * Run: npx tsx bench/report.bench.ts
 */
import { generateReport, type StoredObject } from '../generators/report';
import { loadBlueprintText } from '../loader/index';
import type { Model } from '../model/model';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMonth } from '../pipeline/report';
import { eventKey, incidentId, type JournalEvent } from '../runtime/journal/event';
import { parseEvent } from '../runtime/journal/parse';
import { FolderJournal } from '../runtime/journal/store';
import { markBaseline, medianMsAsync, peakMemoryMb, readTextFromParent, reportPeak, row, textFileForChild } from './harness';
import { syntheticBlueprint } from './synthetic';

const PROCESSES = 200;
const DENSITIES = [1, 2, 4]; // incidents per process per month
const MONTHS = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);

function model(): Model {
  const loaded = loadBlueprintText(syntheticBlueprint(PROCESSES), 'synthetic.yaml');
  if (!loaded.ok) throw new Error('synthetic blueprint is invalid');
  return loaded.model;
}

/** A year of what the functions write: raised, two pages, often an escalation, an ack, the recovery, sometimes a cause. */
function yearOfEvents(perMonth: number): Map<string, StoredObject[]> {
  const byMonth = new Map<string, StoredObject[]>(MONTHS.map((m) => [m, []]));
  let n = 0;
  for (const month of MONTHS) {
    const start = Date.parse(`${month}-01T00:00:00Z`);
    for (let p = 0; p < PROCESSES; p++) {
      for (let k = 0; k < perMonth; k++) {
        const t = start + ((p * 7919 + k * 104_729 + n++ * 31) % (27 * 86_400)) * 1000;
        const alarm = `endpoint:ep-${p}`;
        const at = (s: number) => new Date(t + s * 1000).toISOString();
        const incident = incidentId(alarm, at(0));
        const base = { v: 1 as const, alarm, incident };
        const events: JournalEvent[] = [
          { ...base, kind: 'raised', at: at(0), severity: 'critical' },
          { ...base, kind: 'delivered', at: at(1), person: 'person-0', channel: 'team-chat', stage: 1, attempts: 1 },
          { ...base, kind: 'delivered', at: at(2), person: 'person-0', channel: 'team-sms', stage: 1, attempts: 2 },
          ...(k % 2 ? [{ ...base, kind: 'escalated' as const, at: at(900), stage: 2 }] : []),
          {
            ...base,
            kind: 'acknowledged',
            at: at(300 + (k % 2) * 700),
            person: k % 2 ? 'person-1' : 'person-0',
            method: 'telegram',
            stage: 1 + (k % 2),
          },
          { ...base, kind: 'recovered', at: at(600 + ((p * 13 + k) % 20) * 300) },
          ...(k % 3 === 0
            ? [{ ...base, kind: 'note' as const, at: at(7200), person: 'person-0', text: `Vendor ${p % 50} restarted the service` }]
            : []),
        ];
        for (const e of events) byMonth.get(month)!.push({ key: eventKey(e), text: JSON.stringify(e) });
      }
    }
  }
  return byMonth;
}

/** The year written as the functions write it: one file per event under journal/YYYY/MM/DD/. */
function writeJournal(year: Map<string, StoredObject[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-journal-bench-'));
  for (const objects of year.values()) {
    for (const o of objects) {
      const file = path.join(dir, ...o.key.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, o.text!);
    }
  }
  return dir;
}

async function ours(m: Model, dir: string): Promise<number> {
  const journal = new FolderJournal(dir);
  let size = 0;
  for (const month of MONTHS)
    for (const f of await generateReport(m, await readMonth(journal, month), { month, locale: 'en' })) size += f.content.length;
  return size;
}

async function floor(dir: string): Promise<number> {
  const journal = new FolderJournal(dir);
  let ok = 0;
  for (const month of MONTHS) for (const o of await readMonth(journal, month)) if (parseEvent(o.text!).ok) ok++;
  return ok;
}

async function main(): Promise<void> {
  if (process.argv[2] === 'child') {
    const dir = readTextFromParent(process.argv[4]!);
    const m = process.argv[3] === 'planb' ? model() : undefined;
    global.gc?.();
    markBaseline();
    if (m) await ours(m, dir);
    else await floor(dir);
    reportPeak();
    return;
  }
  console.log(
    `report: twelve monthly reports (Markdown + HTML) for ${PROCESSES} processes from a year of events in a journal folder; floor: listing, reading and parsing the same objects\n`,
  );
  console.log(
    row(['incidents/process/month', 'events', 'floor ms', 'planb ms', 'ratio', 'planb µs/event', 'floor MB', 'planb MB', 'mem ratio']),
  );
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
  const m = model();
  for (const density of DENSITIES) {
    const year = yearOfEvents(density);
    const events = [...year.values()].reduce((s, o) => s + o.length, 0);
    const dir = writeJournal(year);
    const f = await medianMsAsync(() => floor(dir), 3);
    const o = await medianMsAsync(() => ours(m, dir), 3);
    const file = textFileForChild(dir);
    const fm = await peakMemoryMb(__filename, ['child', 'floor', file]);
    const om = await peakMemoryMb(__filename, ['child', 'planb', file]);
    const [fMb, oMb] = [fm.peakMb - fm.baseMb, om.peakMb - om.baseMb];
    console.log(
      row([density, events, f, o, `${(o / f).toFixed(2)}x`, (o * 1000) / events, fMb, oMb, `${(oMb / Math.max(fMb, 1)).toFixed(2)}x`]),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
