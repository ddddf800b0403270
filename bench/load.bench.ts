/**
 * Load + validate of synthetic blueprints against the floor of the same run: a bare js-yaml load
 * plus a bare Ajv validation of the same text (no positions, no semantic checks, no model).
 * Target (issue 2): at most 2x the floor at 2,000 processes, growth close to linear.
 * Run: npx tsx bench/load.bench.ts
 */
import * as yaml from 'js-yaml';
import { syntheticBlueprint } from './synthetic';
import { markBaseline, pairedMedianMs, peakMemoryMb, readTextFromParent, reportPeak, row, textFileForChild } from './harness';
import { loadBlueprintText } from '../loader/index';
import { blueprintValidator } from '../loader/schema-check';

const SIZES = [20, 200, 2000];

function floor(text: string): void {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  blueprintValidator()(data);
}

function ours(text: string): void {
  const result = loadBlueprintText(text, 'synthetic.yaml');
  if (!result.ok) throw new Error('synthetic blueprint is invalid: ' + JSON.stringify(result.diagnostics.slice(0, 3)));
}

async function main(): Promise<void> {
  if (process.argv[2] === 'child') {
    const text = readTextFromParent(process.argv[4]!);
    blueprintValidator();
    markBaseline();
    (process.argv[3] === 'floor' ? floor : ours)(text);
    reportPeak();
    return;
  }
  blueprintValidator(); // compile once, outside every measurement: both sides use it warm
  console.log('load + validate (median of warm runs; memory: peak RSS of a fresh process minus its baseline)\n');
  console.log(row(['processes', 'KB', 'floor ms', 'planb ms', 'ratio', 'planb µs/process', 'floor MB', 'planb MB', 'mem ratio']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const n of SIZES) {
    const text = syntheticBlueprint(n);
    const runs = n >= 2000 ? 15 : 41;
    const [f, o] = pairedMedianMs(
      () => floor(text),
      () => ours(text),
      runs,
    );
    const file = textFileForChild(text);
    const fm = await peakMemoryMb(__filename, ['child', 'floor', file]);
    const om = await peakMemoryMb(__filename, ['child', 'ours', file]);
    const fMb = Math.max(fm.peakMb - fm.baseMb, 0.1);
    const oMb = Math.max(om.peakMb - om.baseMb, 0.1);
    console.log(row([n, text.length / 1024, f, o, (o / f).toFixed(2) + 'x', (o * 1000) / n, fMb, oMb, (oMb / fMb).toFixed(2) + 'x']));
  }
}

void main();
