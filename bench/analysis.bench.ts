/**
 * Analysis + simulation of synthetic blueprints against loading alone, in the same run.
 * Target (issue 3): analysis and simulation add at most the load time again at 2,000 processes
 * (ratio <= 1.0x), with time per edge roughly flat as the blueprint grows (linear in edges).
 * Run: npx tsx bench/analysis.bench.ts
 */
import { syntheticBlueprint } from './synthetic';
import { markBaseline, medianMs, peakMemoryMb, readTextFromParent, reportPeak, row, textFileForChild } from './harness';
import { loadBlueprintText } from '../loader/index';
import { analyze } from '../analysis';
import { simulate } from '../analysis/simulate';
import type { Model } from '../model/model';

const SIZES = [20, 200, 2000, 4000];
const TODAY = '2026-11-20';
/** A shared service, a whole vendor, a place and a person: the mass-outage day. */
const FAIL = ['shared-hosting', 'vendor 0', 'office', 'person-1'];

function load(text: string): Model {
  const result = loadBlueprintText(text, 'synthetic.yaml');
  if (!result.ok) throw new Error('synthetic blueprint is invalid: ' + JSON.stringify(result.diagnostics.slice(0, 3)));
  return result.model;
}

function verdict(model: Model): number {
  const a = analyze(model, { today: TODAY });
  const s = simulate(model, FAIL);
  return a.findings.length + s.servicesDown.length;
}

function edges(m: Model): number {
  let n = 0;
  for (const p of m.processes) n += p.needs.length + (p.planB?.needs.length ?? 0) + p.data.length;
  for (const s of m.services) n += s.dependsOn.length + s.location.length;
  for (const c of m.channels) n += (c.service ? 1 : 0) + (c.backup ? 1 : 0);
  for (const r of m.alerts) for (const st of r.stages) n += st.notify.length + st.via.length;
  return n + m.endpoints.length + m.businessChecks.length;
}

async function main(): Promise<void> {
  if (process.argv[2] === 'child') {
    const text = readTextFromParent(process.argv[4]!);
    load(syntheticBlueprint(5)); // warm the schema compiler outside the measurement
    markBaseline();
    const model = load(text);
    if (process.argv[3] === 'all') verdict(model);
    reportPeak();
    return;
  }
  console.log('analysis + simulation vs load (median of warm runs; memory: peak RSS of a fresh process minus its baseline)\n');
  console.log(
    row([
      'processes',
      'edges',
      'load ms',
      'analysis ms',
      'simulate ms',
      'ratio (a+s)/load',
      'a+s µs/edge',
      'findings',
      'load MB',
      'load+a+s MB',
    ]),
  );
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const n of SIZES) {
    const text = syntheticBlueprint(n);
    const runs = n >= 2000 ? 9 : 31;
    const model = load(text);
    const loadMs = medianMs(() => load(text), runs);
    // Fresh models each run, so no memoised graph survives from one run to the next.
    const models = Array.from({ length: runs + 2 }, () => load(text));
    let i = 0;
    const aMs = medianMs(() => analyze(models[i++ % models.length]!, { today: TODAY }), runs);
    const sMs = medianMs(() => simulate(model, FAIL), runs);
    const findings = analyze(model, { today: TODAY }).findings.length;
    const e = edges(model);
    const file = textFileForChild(text);
    const lm = await peakMemoryMb(__filename, ['child', 'load', file]);
    const am = await peakMemoryMb(__filename, ['child', 'all', file]);
    console.log(
      row([
        n,
        e,
        loadMs,
        aMs,
        sMs,
        ((aMs + sMs) / loadMs).toFixed(2) + 'x',
        ((aMs + sMs) * 1000) / e,
        findings,
        Math.max(lm.peakMb - lm.baseMb, 0.1),
        Math.max(am.peakMb - am.baseMb, 0.1),
      ]),
    );
  }
}

void main();
