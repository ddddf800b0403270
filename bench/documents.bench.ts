/**
 * Documents (Markdown + HTML) for synthetic blueprints against a floor measured in the same run:
 * one Handlebars render that emits the same total Markdown text, plus one marked parse of it.
 * The model is loaded and the analysis inputs (findings, readiness, Mermaid map) computed once,
 * outside the measurement: they belong to the loader's and the analysis' benchmarks.
 * Target (issue 4): at most 2x the floor at 2,000 processes.
 * Run: npx tsx bench/documents.bench.ts
 */
import Handlebars from 'handlebars';
import { analyze } from '../analysis';
import { dependencyMap, toMermaid } from '../analysis/map';
import { generateDocuments } from '../generators/documents';
import type { DocumentOptions } from '../generators/documents/types';
import { renderHtml } from '../generators/html';
import { loadBlueprintText } from '../loader/index';
import type { Model } from '../model/model';
import { markBaseline, medianMsAsync, peakMemoryMb, readTextFromParent, reportPeak, row, textFileForChild } from './harness';
import { syntheticBlueprint } from './synthetic';

const SIZES = [20, 200, 2000];

function setup(text: string): { model: Model; options: DocumentOptions } {
  const loaded = loadBlueprintText(text, 'synthetic.yaml');
  if (!loaded.ok) throw new Error('synthetic blueprint is invalid: ' + JSON.stringify(loaded.diagnostics.slice(0, 3)));
  const analysis = analyze(loaded.model, { today: loaded.model.business.revised });
  return {
    model: loaded.model,
    options: { findings: analysis.findings, readiness: analysis.readiness, mapMermaid: toMermaid(dependencyMap(loaded.model)) },
  };
}

async function ours(model: Model, options: DocumentOptions): Promise<number> {
  const docs = generateDocuments(model, options);
  const html = await renderHtml(docs, { lang: 'en', title: 'Synthetic', contentsLabel: 'Contents' });
  return docs.length + html.length;
}

type MarkedModule = typeof import('marked', { with: { 'resolution-mode': 'import' }});

function floorOf(texts: readonly string[], marked: MarkedModule): () => Promise<number> {
  const hb = Handlebars.create();
  const template = hb.compile('{{#each texts}}{{this}}\n{{/each}}', { noEscape: true, strict: true });
  return async () => {
    const md = template({ texts });
    return marked.marked.parse(md, { async: false }).length;
  };
}

async function main(): Promise<void> {
  const marked = (await import('marked')) as MarkedModule;
  if (process.argv[2] === 'child') {
    // Each child prepares only its own input before the baseline (peak RSS is a high-water mark):
    // the floor reads the Markdown texts, planb loads and analyses the blueprint.
    if (process.argv[3] === 'floor') {
      const texts = JSON.parse(readTextFromParent(process.argv[4]!)) as string[];
      global.gc?.();
      markBaseline();
      await floorOf(texts, marked)();
    } else {
      const { model, options } = setup(readTextFromParent(process.argv[4]!));
      global.gc?.();
      markBaseline();
      await ours(model, options);
    }
    reportPeak();
    return;
  }
  console.log('documents: Markdown + HTML from the model (median of warm runs; memory: peak RSS of a fresh process minus its baseline)\n');
  console.log(row(['processes', 'docs', 'MB of Markdown', 'floor ms', 'planb ms', 'ratio', 'floor MB', 'planb MB', 'mem ratio']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const n of SIZES) {
    const text = syntheticBlueprint(n);
    const { model, options } = setup(text);
    const docs = generateDocuments(model, options);
    const texts = docs.map((d) => d.content);
    const total = texts.reduce((s, t) => s + t.length, 0);
    const runs = n >= 2000 ? 5 : 15;
    const floor = floorOf(texts, marked);
    // Alternate the two so that load from other processes falls on both alike.
    const f = await medianMsAsync(floor, runs);
    const o = await medianMsAsync(() => ours(model, options), runs);
    const f2 = await medianMsAsync(floor, runs);
    const fm = await peakMemoryMb(__filename, ['child', 'floor', textFileForChild(JSON.stringify(texts))]);
    const om = await peakMemoryMb(__filename, ['child', 'ours', textFileForChild(text)]);
    const fMs = Math.min(f, f2);
    const fMb = Math.max(fm.peakMb - fm.baseMb, 0.1);
    const oMb = Math.max(om.peakMb - om.baseMb, 0.1);
    console.log(row([n, docs.length, total / 1048576, fMs, o, (o / fMs).toFixed(2) + 'x', fMb, oMb, (oMb / fMb).toFixed(2) + 'x']));
  }
}

void main();
