/**
 * The picture's content, independent of the drawing language: processes, services, places, the
 * vendors that group services, which of them are single points of failure, and the edges, plan B
 * edges kept apart. Mermaid and DOT are both drawn from this one structure.
 */
import type { Model } from '../../model/model';
import { idIf } from '../failure-point';
import { buildGraph, fp, type AnalysisGraph } from '../graph';
import { sharedSinglePoints } from '../facts/shared-single-points';
import { mapIsSummary, summaryMap } from './summary';
import type { DependencyMap, MapEdge, MapGroup, MapNode, MapNodeKind } from './types';
import { PHRASEBOOKS } from '../i18n';
import type { MapWords } from '../i18n/types';

export type { DependencyMap, MapEdge, MapGroup, MapNode, MapNodeKind } from './types';

/** Stable keys safe in both Mermaid and DOT. */
export function nodeKey(kind: MapNodeKind, id: string): string {
  return `${kind === 'process' ? 'p' : kind === 'service' ? 's' : 'l'}_${id.replace(/[^a-z0-9]/gi, '_')}`;
}

/**
 * `words` in the language of the document the map is drawn into (the verdict's or the owner's),
 * so a Russian runbook's map says "критичный", not "critical".
 */
export function dependencyMap(model: Model, graph: AnalysisGraph = buildGraph(model), words: MapWords = PHRASEBOOKS.en.map): DependencyMap {
  // The same single points as PB101, so the picture and the verdict agree.
  const spof = new Set<string>();
  const spofVendors = new Set<string>();
  for (const point of sharedSinglePoints(model, graph).keys()) {
    const vendor = idIf(point, 'vendor');
    if (vendor !== undefined) spofVendors.add(vendor);
    else spof.add(point);
  }
  if (mapIsSummary(model)) return summaryMap(model, { points: spof, vendors: spofVendors }, words);
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const usedPlaces = new Set<string>();
  for (const p of model.processes) {
    nodes.push({ key: nodeKey('process', p.id), kind: 'process', label: p.name, detail: words.level[p.criticality], spof: false });
    for (const s of p.needs) edges.push({ from: nodeKey('process', p.id), to: nodeKey('service', s.id), kind: 'needs' });
    for (const s of p.planB?.needs ?? []) edges.push({ from: nodeKey('process', p.id), to: nodeKey('service', s.id), kind: 'planB' });
  }
  for (const s of model.services) {
    nodes.push({ key: nodeKey('service', s.id), kind: 'service', label: s.name, detail: s.vendor, spof: spof.has(fp.service(s.id)) });
    for (const d of s.dependsOn) edges.push({ from: nodeKey('service', s.id), to: nodeKey('service', d.id), kind: 'dependsOn' });
    for (const d of s.standby) edges.push({ from: nodeKey('service', s.id), to: nodeKey('service', d.id), kind: 'standby' });
    for (const l of s.location) {
      usedPlaces.add(l.id);
      edges.push({ from: nodeKey('service', s.id), to: nodeKey('place', l.id), kind: 'location' });
    }
  }
  for (const l of model.places) {
    if (usedPlaces.has(l.id))
      nodes.push({
        key: nodeKey('place', l.id),
        kind: 'place',
        label: l.name,
        detail: words.placeKind[l.kind],
        spof: spof.has(fp.place(l.id)),
      });
  }
  const groups: MapGroup[] = [];
  const seen = new Set<string>();
  for (const s of model.services) {
    if (seen.has(s.vendorKey)) continue;
    seen.add(s.vendorKey);
    const members = graph.vendorServices(s.vendorKey);
    if (members.length < 2) continue;
    groups.push({
      key: `v_${groups.length}`,
      label: s.vendor,
      members: members.map((m) => nodeKey('service', m.id)),
      spof: spofVendors.has(s.vendorKey),
    });
  }
  return { nodes, edges, groups, arrows: words.arrows };
}
