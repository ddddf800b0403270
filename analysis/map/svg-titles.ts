/**
 * Graphviz gives every node, arrow and group of the SVG a <title> made of its internal name, and a
 * browser shows it on hover: the owner pointing at "Taking orders" read `p_take_orders`, and at an
 * arrow `p_take_orders->s_shop`. Each title becomes the words drawn on the map instead (an arrow's
 * two ends, a group's label); the graph's own title ("planb") is left empty, so the page shows none.
 */
import type { DependencyMap } from './types';

const TITLE = /<title>([^<]*)<\/title>/g;

/** The text Graphviz wrote, as it reads: it escapes '-' and '>' (and &, <) as entities. */
function unescapeXml(s: string): string {
  return s.replace(/&#(\d+);|&(lt|gt|amp|quot|apos);/g, (_m, code: string | undefined, name: string | undefined) => {
    if (code !== undefined) return String.fromCodePoint(Number(code));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name as 'lt'];
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function readableTitles(svg: string, map: DependencyMap): string {
  const words = new Map<string, string>(map.nodes.map((n) => [n.key, n.label]));
  for (const g of map.groups) words.set(`cluster_${g.key}`, g.label);
  const arrow = ' \u2192 ';
  return svg.replace(TITLE, (whole, raw: string) => {
    const name = unescapeXml(raw);
    if (name === 'planb') return '<title></title>';
    const own = words.get(name);
    if (own !== undefined) return `<title>${escapeXml(own)}</title>`;
    const ends = name.split('->');
    if (ends.length === 2) {
      const [from, to] = ends.map((e) => words.get(e));
      if (from !== undefined && to !== undefined) return `<title>${escapeXml(from + arrow + to)}</title>`;
    }
    return whole;
  });
}
