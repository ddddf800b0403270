/**
 * The dependency map as SVG, drawn by Graphviz compiled to WebAssembly (@viz-js/viz): no browser
 * and no system Graphviz. Loaded on demand, since only `--svg` needs it.
 */
import type { DependencyMap } from './graph';
import { toDot } from './dot';
import { readableTitles } from './svg-titles';

export async function toSvg(map: DependencyMap): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  return readableTitles(viz.renderString(toDot(map), { format: 'svg', engine: 'dot' }), map);
}
