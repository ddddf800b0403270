/** The dependency map as Graphviz DOT, drawn to SVG by svg.ts. */
import type { DependencyMap, MapEdge, MapNode } from './graph';

export function toDot(map: DependencyMap): string {
  const lines = [
    'digraph planb {',
    '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.3, ranksep=0.8];',
    '  node [fontname="Helvetica", fontsize=11, style=filled];',
    '  edge [color="#666666"];',
  ];
  if (map.summary !== undefined) lines.push(`  label=${quote(map.summary)}; labelloc=t; fontsize=14;`);
  const grouped = new Set(map.groups.flatMap((g) => g.members));
  const byKey = new Map(map.nodes.map((n) => [n.key, n]));
  for (const n of map.nodes) if (!grouped.has(n.key)) lines.push('  ' + node(n));
  for (const g of map.groups) {
    lines.push(`  subgraph cluster_${g.key} {`);
    lines.push(
      `    label=${quote(g.label)}; fontname="Helvetica"; style=rounded; color=${g.spof ? '"#cc0000"; penwidth=3' : '"#999999"'};`,
    );
    for (const m of g.members) lines.push('    ' + node(byKey.get(m)!));
    lines.push('  }');
  }
  for (const e of map.edges) {
    lines.push(`  ${e.from} -> ${e.to}${edgeAttrs(e.kind, e.weight, map.arrows)};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** How each kind of edge is drawn; plan B and standby arrows carry the map's words for them. */
const EDGES: Record<MapEdge['kind'], string> = {
  needs: '',
  dependsOn: '',
  planB: 'style=dashed, color="#2a7f2a"',
  standby: 'style=dashed, color="#3366cc"',
  location: 'style=dotted, arrowhead=none',
};

/** An edge's attributes; a summary's edge also says how many edges of the full map it stands for. */
function edgeAttrs(kind: MapEdge['kind'], weight: number | undefined, arrows: DependencyMap['arrows']): string {
  const attrs = EDGES[kind];
  const words = kind === 'planB' || kind === 'standby' ? arrows[kind] : undefined;
  const text = weight === undefined ? words : `${words ? words + ' ' : ''}×${weight}`;
  const all = [attrs, text === undefined ? '' : `label=${quote(text)}, fontsize=9`].filter((x) => x !== '').join(', ');
  return all === '' ? '' : ` [${all}]`;
}

function node(n: MapNode): string {
  const shape = n.kind === 'process' ? 'box, style="rounded,filled"' : n.kind === 'place' ? 'house' : 'ellipse';
  const fill = n.spof
    ? '"#ffe0e0", color="#cc0000", penwidth=3, fontcolor="#990000"'
    : n.kind === 'process'
      ? '"#eef4ff", color="#3366cc"'
      : n.kind === 'place'
        ? '"#f4f4f4", color="#888888"'
        : '"#ffffff"';
  return `${n.key} [label=${quote(`${n.label}\n${n.detail}`)}, shape=${shape}, fillcolor=${fill}];`;
}

function quote(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}
