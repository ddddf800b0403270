/** The dependency map as Graphviz DOT, drawn to SVG by svg.ts. */
import type { DependencyMap, MapNode } from './graph';

export function toDot(map: DependencyMap): string {
  const lines = [
    'digraph planb {',
    '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.3, ranksep=0.8];',
    '  node [fontname="Helvetica", fontsize=11, style=filled];',
    '  edge [color="#666666"];',
  ];
  const grouped = new Set(map.groups.flatMap((g) => g.members));
  const byKey = new Map(map.nodes.map((n) => [n.key, n]));
  for (const n of map.nodes) if (!grouped.has(n.key)) lines.push('  ' + node(n));
  for (const g of map.groups) {
    lines.push(`  subgraph cluster_${g.key} {`);
    lines.push(`    label=${quote(g.label)}; fontname="Helvetica"; style=rounded; color=${g.spof ? '"#cc0000"; penwidth=3' : '"#999999"'};`);
    for (const m of g.members) lines.push('    ' + node(byKey.get(m)!));
    lines.push('  }');
  }
  for (const e of map.edges) {
    const style = e.kind === 'planB' ? ' [style=dashed, color="#2a7f2a", label="plan B", fontsize=9]'
      : e.kind === 'standby' ? ' [style=dashed, color="#3366cc", label="standby", fontsize=9]'
      : e.kind === 'location' ? ' [style=dotted, arrowhead=none]' : '';
    lines.push(`  ${e.from} -> ${e.to}${style};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function node(n: MapNode): string {
  const shape = n.kind === 'process' ? 'box, style="rounded,filled"' : n.kind === 'place' ? 'house' : 'ellipse';
  const fill = n.spof ? '"#ffe0e0", color="#cc0000", penwidth=3, fontcolor="#990000"'
    : n.kind === 'process' ? '"#eef4ff", color="#3366cc"' : n.kind === 'place' ? '"#f4f4f4", color="#888888"' : '"#ffffff"';
  return `${n.key} [label=${quote(`${n.label}\n${n.detail}`)}, shape=${shape}, fillcolor=${fill}];`;
}

function quote(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}
