/**
 * The dependency map (issue 10) on synthetic blueprints, against loading the same blueprint in
 * the same run (the floor: what any command that draws a map has already paid). 20 and 40
 * processes draw the full map; from 200 on, past MAP_LIMITS, the summary by vendor. Graphviz
 * grew far faster than linearly on full maps (1,000 processes took 33 s, 2,000 more than 150 s);
 * target: the whole map (structure, Mermaid and SVG) at most the load time at 2,000 processes and
 * beyond, and no size where it stops growing linearly.
 * Run: npx tsx bench/map.bench.ts [processes...]   (default 20 40 200 2000 10000)
 */
import { dependencyMap, toMermaid, toSvg } from '../analysis/map';
import { loadBlueprintText } from '../loader/index';
import { medianMs, medianMsAsync, row } from './harness';
import { syntheticBlueprint } from './synthetic';

const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [20, 40, 200, 2000, 10000];

async function main(): Promise<void> {
  console.log('dependency map: structure, Mermaid, SVG (median of warm runs) against loading the same blueprint\n');
  console.log(row(['processes', 'map', 'boxes', 'arrows', 'load ms (floor)', 'structure ms', 'Mermaid ms', 'SVG ms', 'map ms', 'ratio']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const n of SIZES) {
    const text = syntheticBlueprint(n);
    const loaded = loadBlueprintText(text, 'synthetic.yaml');
    if (!loaded.ok) throw new Error('synthetic blueprint is invalid');
    const model = loaded.model;
    const runs = n >= 2000 ? 3 : 7;
    const load = medianMs(() => loadBlueprintText(text, 'synthetic.yaml'), runs, 1);
    const map = dependencyMap(model);
    const structure = medianMs(() => dependencyMap(model), runs, 1);
    const mermaid = medianMs(() => toMermaid(map), runs, 1);
    const svg = await medianMsAsync(() => toSvg(map), runs, 1);
    const total = structure + mermaid + svg;
    console.log(
      row([
        n.toLocaleString('en'),
        map.summary === undefined ? 'full' : 'summary',
        String(map.nodes.length),
        String(map.edges.length),
        load,
        structure,
        mermaid,
        svg,
        total,
        (total / load).toFixed(2) + 'x',
      ]),
    );
  }
}

void main();
