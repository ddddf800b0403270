/**
 * The map of a large blueprint, summarised. Past MAP_LIMITS a full map cannot be read anyway
 * (hundreds of boxes, thousands of crossing edges, on one screen or an A4 page), and Graphviz's
 * layout grows far faster than linearly (1,000 processes took 33 s, 2,000 more than 150 s). The
 * summary keeps what the full map is for, where things fail together: one node per criticality
 * of process, per vendor and per place, each with its counts, and edges between them weighted by
 * how many full-map edges they stand for. Single points stay red. Its size is bounded whatever
 * the input: past MAP_LIMITS.vendors (.places) the smallest share one "other vendors" ("other
 * places") node, and only the MAP_LIMITS.edges heaviest edges are drawn.
 */
import type { Model, Service } from '../../model/model';
import { fp } from '../graph';
import type { DependencyMap, MapEdge, MapNode } from './types';
import type { MapWords } from '../i18n/types';

export const MAP_LIMITS = {
  /** Processes a full map draws; the examples have 5, a large real business a few dozen. */
  processes: 60,
  /** Boxes (processes, services, places) a full map draws. */
  nodes: 150,
  /**
   * Arrows a full map draws. Boxes alone do not bound Graphviz: 40 services each resting on all
   * the ones before (780 arrows between 41 boxes) took its layout past two minutes, 28 of them
   * (378 arrows) about ten seconds; the examples draw 30 to 60.
   */
  arrows: 300,
  /** Vendor nodes in a summary; the rest are folded into one. */
  vendors: 30,
  /** Place nodes in a summary; the rest are folded into one. */
  places: 15,
  /** Links in a summary, the heaviest kept: Mermaid refuses a chart of more than 500. */
  edges: 150,
} as const;

/** True when the blueprint's map is drawn as a summary; the documents say so beside it. */
export function mapIsSummary(model: Model): boolean {
  return (
    model.processes.length > MAP_LIMITS.processes ||
    model.processes.length + model.services.length + model.places.length > MAP_LIMITS.nodes ||
    fullMapArrows(model) > MAP_LIMITS.arrows
  );
}

/** The arrows the full map would draw (graph.ts): needs and plan B needs, dependsOn, standby, location. */
function fullMapArrows(model: Model): number {
  let arrows = 0;
  for (const p of model.processes) arrows += p.needs.length + (p.planB?.needs.length ?? 0);
  for (const s of model.services) arrows += s.dependsOn.length + s.standby.length + s.location.length;
  return arrows;
}

export interface SpofSets {
  /** Failure points (services, places) that PB101 reports. */
  points: ReadonlySet<string>;
  /** Vendor keys that PB101 reports. */
  vendors: ReadonlySet<string>;
}

export function summaryMap(model: Model, spof: SpofSets, words: MapWords): DependencyMap {
  const vendorKey = vendorNodes(model, spof);
  const counts = new Map<string, { node: MapNode; count: number }>();
  const count = (key: string, make: () => MapNode): MapNode => {
    const entry = counts.get(key) ?? { node: make(), count: 0 };
    entry.count++;
    counts.set(key, entry);
    return entry.node;
  };
  for (const p of model.processes) {
    count(`g_${p.criticality}`, () => ({
      key: `g_${p.criticality}`,
      kind: 'process',
      label: words.levelGroup[p.criticality],
      detail: '',
      spof: false,
    }));
  }
  for (const s of model.services) {
    const key = vendorKey(s);
    const node = count(key, () => ({
      key,
      kind: 'service',
      label: key === OTHER ? words.otherVendors : s.vendor,
      detail: '',
      spof: false,
    }));
    if (spof.vendors.has(s.vendorKey) || spof.points.has(fp.service(s.id))) node.spof = true;
  }
  const placeKey = placeNodes(model, spof);
  for (const s of model.services) {
    for (const l of s.location) {
      const key = placeKey(l.id);
      const node = count(key, () => ({
        key,
        kind: 'place',
        label: key === OTHER_PLACES ? words.otherPlaces : l.name,
        detail: key === OTHER_PLACES ? '' : words.placeKind[l.kind],
        spof: false,
      }));
      if (spof.points.has(fp.place(l.id))) node.spof = true;
    }
  }
  const nodes = [...counts.values()].map(
    ({ node, count: c }): MapNode => ({
      ...node,
      detail:
        node.kind === 'process'
          ? words.processes(c)
          : node.kind === 'service'
            ? words.services(c)
            : [node.detail, words.services(c)].filter((x) => x !== '').join(', '),
    }),
  );
  const all = weightedEdges(model, vendorKey, placeKey);
  const edges = heaviest(all, MAP_LIMITS.edges);
  // The map itself says it is a summary, so that a reader of map.svg alone knows.
  const note =
    words.summaryNote(model.processes.length, model.services.length) +
    (edges.length < all.length ? words.heaviest(edges.length, all.length) : '');
  return { nodes, edges, groups: [], summary: note, arrows: words.arrows };
}

const OTHER = 'v_other';
const OTHER_PLACES = 'l_other';

/**
 * Each service's vendor node: MAP_LIMITS.vendors of them, then one for the rest. Vendors that
 * are or run a single point of failure come first (a one-service hosting everything rests on is
 * what the map is for), then the largest.
 */
function vendorNodes(model: Model, spof: SpofSets): (s: Service) => string {
  const red = new Set(spof.vendors);
  for (const s of model.services) if (spof.points.has(fp.service(s.id))) red.add(s.vendorKey);
  const keyOf = keepLargest(
    model.services.map((s) => s.vendorKey),
    red,
    MAP_LIMITS.vendors,
    'v_',
    OTHER,
  );
  return (s) => keyOf(s.vendorKey);
}

/** Each place's node, by place id: MAP_LIMITS.places of them, single points first, then one for the rest. */
function placeNodes(model: Model, spof: SpofSets): (placeId: string) => string {
  const ids = model.services.flatMap((s) => s.location.map((l) => l.id));
  return keepLargest(ids, new Set(ids.filter((id) => spof.points.has(fp.place(id)))), MAP_LIMITS.places, 'l_', OTHER_PLACES);
}

/**
 * Node keys for the `limit` values that occur most (those in `first` ahead of all others, ties by
 * value, so the choice is stable); every other value gets `other`. Keys are numbered, so two ids
 * that differ only in punctuation never share a node.
 */
function keepLargest(
  values: readonly string[],
  first: ReadonlySet<string>,
  limit: number,
  prefix: string,
  other: string,
): (value: string) => string {
  const sizes = new Map<string, number>();
  for (const v of values) sizes.set(v, (sizes.get(v) ?? 0) + 1);
  const rank = ([v, size]: [string, number]) => (first.has(v) ? values.length : 0) + size;
  const kept = [...sizes].sort((a, b) => rank(b) - rank(a) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
  const index = new Map(kept.map(([v], i) => [v, `${prefix}${i}`]));
  return (v) => index.get(v) ?? other;
}

/** The `limit` heaviest edges, in their first-seen order. */
function heaviest(edges: readonly MapEdge[], limit: number): MapEdge[] {
  if (edges.length <= limit) return [...edges];
  const order = edges.map((e, i) => ({ e, i })).sort((a, b) => (b.e.weight ?? 0) - (a.e.weight ?? 0) || a.i - b.i);
  return order
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.e);
}

/** Full-map edges counted per pair of summary nodes and kind, in first-seen order. */
function weightedEdges(model: Model, vendorOf: (s: Service) => string, placeOf: (id: string) => string): MapEdge[] {
  const edges = new Map<string, MapEdge & { weight: number }>();
  const add = (from: string, to: string, kind: MapEdge['kind']) => {
    const key = `${from} ${to} ${kind}`;
    const edge = edges.get(key);
    if (edge) edge.weight++;
    else edges.set(key, { from, to, kind, weight: 1 });
  };
  for (const p of model.processes) {
    for (const s of p.needs) add(`g_${p.criticality}`, vendorOf(s), 'needs');
    for (const s of p.planB?.needs ?? []) add(`g_${p.criticality}`, vendorOf(s), 'planB');
  }
  for (const s of model.services) {
    for (const d of s.dependsOn) add(vendorOf(s), vendorOf(d), 'dependsOn');
    for (const d of s.standby) add(vendorOf(s), vendorOf(d), 'standby');
    for (const l of s.location) add(vendorOf(s), placeOf(l.id), 'location');
  }
  return [...edges.values()];
}
