/** Past MAP_LIMITS the map is a summary by vendor that says so, in the map and in the documents. */
import { describe, expect, it } from 'vitest';
import { dependencyMap, toDot, toMermaid, toSvg } from '../../../analysis/map';
import { MAP_LIMITS } from '../../../analysis/map/summary';
import { syntheticBlueprint } from '../../../bench/synthetic';
import { generateDocuments } from '../../../generators/documents';
import { loadBlueprintText } from '../../../loader';
import type { Model } from '../../../model/model';
import { buildModel } from '../build-model';

function synthetic(processes: number): Model {
  const result = loadBlueprintText(syntheticBlueprint(processes), 'synthetic.yaml');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

/** `n` processes, each needing a service of its own vendor. */
function oneVendorEach(n: number): Model {
  return buildModel({
    services: Array.from({ length: n }, (_, i) => ({ id: `s${i}` })),
    processes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, needs: [`s${i}`] })),
  });
}

describe('map summary', () => {
  it('draws the full map up to the limit and a summary one process past it', () => {
    expect(dependencyMap(oneVendorEach(MAP_LIMITS.processes)).summary).toBeUndefined();
    const map = dependencyMap(oneVendorEach(MAP_LIMITS.processes + 1));
    expect(map.summary).toBe(
      `${MAP_LIMITS.processes + 1} processes, ${MAP_LIMITS.processes + 1} services: this map is a summary by vendor; ` +
        'the documents list every service with what it depends on (passport.md) and what it stops (runbooks)',
    );
    // The smallest vendors past the limit share one node, which counts their services.
    const vendors = map.nodes.filter((n) => n.kind === 'service');
    expect(vendors).toHaveLength(MAP_LIMITS.vendors + 1);
    expect(vendors.find((n) => n.key === 'v_other')).toMatchObject({
      label: 'other vendors',
      detail: `${MAP_LIMITS.processes + 1 - MAP_LIMITS.vendors} services`,
    });
  });

  it('stays small whatever the input: past the limits the smallest vendors and places share a box', () => {
    // 40 vendors with a service in each of 20 places: 800 vendor-to-place arrows in the full map.
    const vendors = 40;
    const places = 20;
    const model = buildModel({
      places: Array.from({ length: places }, (_, j) => `room-${j}`),
      services: Array.from({ length: vendors * places }, (_, i) => ({
        id: `s${i}`,
        vendor: `V${i % vendors}`,
        location: [`room-${Math.floor(i / vendors)}`],
      })),
      processes: Array.from({ length: vendors * places }, (_, i) => ({ id: `p${i}`, needs: [`s${i}`] })),
    });
    const map = dependencyMap(model);
    const kinds = (kind: string) => map.nodes.filter((x) => x.kind === kind);
    expect(kinds('service')).toHaveLength(MAP_LIMITS.vendors + 1);
    expect(kinds('place')).toHaveLength(MAP_LIMITS.places + 1);
    expect(kinds('place').find((x) => x.key === 'l_other')).toMatchObject({
      label: 'other places',
      detail: `${(places - MAP_LIMITS.places) * vendors} services`,
    });
    // Past the limit the heaviest arrows are drawn, and the title says so.
    expect(map.edges).toHaveLength(MAP_LIMITS.edges);
    expect(map.summary).toMatch(new RegExp(`; the ${MAP_LIMITS.edges} heaviest of \\d+ links are drawn$`));
  });

  it('is a summary past MAP_LIMITS.arrows too, however few the boxes, and Graphviz lays it out in seconds', async () => {
    // 40 services, each resting on every one before it: 41 boxes, 781 arrows. The full map's layout took
    // Graphviz past two minutes (planb build hung), and a summary of 400 arrows between 31 vendors a minute.
    const dense = (n: number) =>
      buildModel({
        services: Array.from({ length: n }, (_, i) => ({
          id: `s${i}`,
          vendor: `V${i}`,
          dependsOn: Array.from({ length: i }, (_, j) => `s${j}`),
        })),
        processes: [{ id: 'p', needs: [`s${n - 1}`] }],
      });
    expect(dependencyMap(dense(24)).summary).toBeUndefined(); // 277 arrows
    const map = dependencyMap(dense(40));
    expect(map.summary).toMatch(/^1 process, 40 services: this map is a summary by vendor; .*; the 150 heaviest of \d+ links are drawn$/);
    expect(map.edges).toHaveLength(MAP_LIMITS.edges);
    const started = Date.now();
    await toSvg(map);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('counts every edge of the full map once, and keeps the shared hosting red', () => {
    const model = synthetic(2_000);
    const map = dependencyMap(model);
    const weight = (kind: string) => map.edges.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.weight!, 0);
    expect(map.edges.length).toBeLessThanOrEqual(MAP_LIMITS.edges);
    expect(weight('needs')).toBe(model.processes.reduce((sum, p) => sum + p.needs.length, 0));
    expect(weight('planB')).toBe(model.processes.reduce((sum, p) => sum + (p.planB?.needs.length ?? 0), 0));
    expect(weight('dependsOn')).toBe(model.services.reduce((sum, s) => sum + s.dependsOn.length, 0));
    expect(map.nodes.filter((n) => n.kind === 'process').map((n) => n.detail)).toEqual([
      '500 processes',
      '500 processes',
      '500 processes',
      '500 processes',
    ]);
    expect(map.nodes.find((n) => n.label === 'Host Co')).toMatchObject({ detail: '1 service', spof: true });
    expect(map.nodes.length).toBeLessThanOrEqual(4 + MAP_LIMITS.vendors + 1 + model.places.length);
  });

  it('says it is a summary in the Mermaid title and the SVG (2,000 processes; bench/map.bench.ts times it)', async () => {
    const map = dependencyMap(synthetic(2_000));
    const mermaid = toMermaid(map);
    expect(mermaid.startsWith(`---\ntitle: "2,000 processes, 4,002 services: this map is a summary by vendor;`)).toBe(true);
    expect(mermaid).toMatch(/ g_critical -->\|×\d+\| v_\d+\n/);
    expect(toDot(map)).toMatch(/ -> \S+ \[style=dashed, color="#2a7f2a", label="plan B ×\d+", fontsize=9\];/);
    const svg = await toSvg(map);
    expect(svg).toContain('2,000 processes, 4,002 services: this map is a summary by vendor');
  });

  it('draws a vendor cluster that is a single point of failure (a DOT syntax error before)', async () => {
    const model = buildModel({
      services: [
        { id: 'shop', vendor: 'Beget' },
        { id: 'mail', vendor: 'Beget' },
      ],
      processes: [
        { id: 'orders', needs: ['shop'] },
        { id: 'support', needs: ['mail'] },
      ],
    });
    const svg = await toSvg(dependencyMap(model));
    expect(svg).toContain('#cc0000');
  });

  it('is announced in the documents beside the map, with a link to the full list', () => {
    const model = synthetic(200);
    const map = toMermaid(dependencyMap(model));
    const index = (locale: 'en' | 'ru') => generateDocuments(model, { mapMermaid: map, locale })[0]!.content;
    expect(index('en')).toContain(
      '200 processes and 402 services: the map shows a summary by vendor (one box per vendor, place and criticality, with counts). ' +
        'Every service and what it depends on is listed in the [Technical passport](passport.md); what each one stops, in its runbook below.',
    );
    expect(index('ru')).toContain('200 процессов и 402 сервиса: на карте — сводка по поставщикам');
  });
});
