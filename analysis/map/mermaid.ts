/** The dependency map as Mermaid flowchart text (GitHub renders it inside ```mermaid blocks). */
import type { DependencyMap, MapEdge, MapNode } from './graph';

/** Plan B and standby paths dashed and coloured, as in the SVG; places stay plain dotted. */
const EDGE_STYLES: Partial<Record<MapEdge['kind'], string>> = {
  planB: 'stroke:#2a7f2a,stroke-width:2px,stroke-dasharray:6 4',
  standby: 'stroke:#3366cc,stroke-dasharray:6 4',
};

export function toMermaid(map: DependencyMap): string {
  // A summary says so in the chart's title (front matter, which GitHub renders above the chart).
  const lines = map.summary === undefined ? ['flowchart LR'] : ['---', `title: ${JSON.stringify(map.summary)}`, '---', 'flowchart LR'];
  const grouped = new Set(map.groups.flatMap((g) => g.members));
  const byKey = new Map(map.nodes.map((n) => [n.key, n]));
  for (const n of map.nodes) if (!grouped.has(n.key)) lines.push('  ' + node(n));
  for (const g of map.groups) {
    lines.push(`  subgraph ${g.key}["${escape(g.label)}"]`);
    for (const m of g.members) lines.push('    ' + node(byKey.get(m)!));
    lines.push('  end');
  }
  for (const e of map.edges) lines.push(`  ${e.from} ${arrow(e, map.arrows)} ${e.to}`);
  // linkStyle addresses edges by their order of declaration above.
  for (const [kind, style] of Object.entries(EDGE_STYLES)) {
    const indices = map.edges.flatMap((e, i) => (e.kind === kind ? [i] : []));
    if (indices.length) lines.push(`  linkStyle ${indices.join(',')} ${style}`);
  }
  lines.push('  classDef process fill:#eef4ff,stroke:#3366cc');
  lines.push('  classDef service fill:#ffffff,stroke:#555555');
  lines.push('  classDef place fill:#f4f4f4,stroke:#888888');
  lines.push('  classDef spof fill:#ffe0e0,stroke:#cc0000,stroke-width:3px,color:#990000');
  for (const kind of ['process', 'service', 'place'] as const) {
    const keys = map.nodes.filter((n) => n.kind === kind && !n.spof).map((n) => n.key);
    if (keys.length) lines.push(`  class ${keys.join(',')} ${kind}`);
  }
  const spof = map.nodes.filter((n) => n.spof).map((n) => n.key);
  if (spof.length) lines.push(`  class ${spof.join(',')} spof`);
  for (const g of map.groups.filter((x) => x.spof)) lines.push(`  style ${g.key} stroke:#cc0000,stroke-width:3px`);
  return lines.join('\n') + '\n';
}

/**
 * An edge's link: plan B and standby dashed with the map's words on them; a summary's edge also
 * says how many edges of the full map it stands for.
 */
function arrow(e: MapEdge, arrows: DependencyMap['arrows']): string {
  const words = e.kind === 'planB' || e.kind === 'standby' ? arrows[e.kind] : undefined;
  if (e.weight === undefined) {
    if (words !== undefined) return `-. ${words} .->`;
    return e.kind === 'location' ? '-.-' : '-->';
  }
  const link = e.kind === 'needs' || e.kind === 'dependsOn' ? '-->' : e.kind === 'location' ? '-.-' : '-.->';
  return `${link}|${words !== undefined ? words + ' ' : ''}×${e.weight}|`;
}

function node(n: MapNode): string {
  const text = `${escape(n.label)}<br/><small>${escape(n.detail)}</small>`;
  switch (n.kind) {
    case 'process':
      return `${n.key}(["${text}"])`;
    case 'place':
      return `${n.key}[/"${text}"/]`;
    default:
      return `${n.key}["${text}"]`;
  }
}

/** Mermaid has no backslash escapes; entity codes keep quotes and brackets from ending the label. */
function escape(s: string): string {
  return s.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
