/**
 * No walk's depth is the input's to decide: a dependsOn chain as long as a file can hold either
 * runs through the whole pipeline or is refused by the loader with its place and the limit, and
 * a model built by hand (the library API, no loader) with a 100,000-deep chain is walked without
 * "Maximum call stack size exceeded".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, buildGraph } from '../../analysis';
import { dependencyMap, toMermaid, toSvg } from '../../analysis/map';
import { outage } from '../../analysis/outage';
import { documentBundle } from '../../generators/documents/bundle';
import { loadBlueprintFile } from '../../loader';
import { LIMITS } from '../../loader/limits';
import { buildModel } from './build-model';

const HEADER = [
  'version: 1',
  'business: { name: Chain Ltd, slug: chain, timezone: Europe/Berlin, owner: ann, revised: "2026-11-01" }',
  'people:',
  '  - { id: ann, name: Ann Example, role: Owner, contacts: [{ kind: email, value: ann@chain.example }] }',
  'processes:',
  '  - { id: take-orders, name: Taking orders, criticality: critical, rto: 4h, rpo: 1d, needs: [s-0] }',
  'services:',
];

/** `n` services, s-0 resting on s-1, s-1 on s-2...; written top down or bottom up. */
function chainFile(n: number, order: 'top-down' | 'bottom-up'): string {
  const lines = [...HEADER];
  for (let k = 0; k < n; k++) {
    const i = order === 'top-down' ? k : n - 1 - k;
    const dep = i + 1 < n ? `, dependsOn: [s-${i + 1}]` : '';
    lines.push(`  - { id: s-${i}, name: Service ${i}, kind: other, vendor: Vendor ${i % 7}${dep} }`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'planb-chain-')), `chain-${n}.yaml`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('a 100,000-long dependsOn chain', () => {
  for (const order of ['top-down', 'bottom-up'] as const) {
    // Not timed (no unit test is, on these shared machines): bench/ measures; here it must end.
    it(`written ${order}, is refused once, where it passes the limit`, () => {
      const result = loadBlueprintFile(chainFile(100_000, order));
      expect(result.ok).toBe(false);
      // s-99,898 rests on s-99,899 ... s-99,999: 101 services, one past the limit.
      const first = 100_000 - LIMITS.maxDependencyReach - 2;
      const line = HEADER.length + 1 + (order === 'top-down' ? first : 100_000 - 1 - first);
      expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.pointer}`)).toEqual([
        `${line}:${`  - { id: s-${first}, name: Service ${first}, kind: other, vendor: Vendor ${first % 7}, dependsOn: `.length + 1} PB015 /services/${line - HEADER.length - 1}/dependsOn`,
      ]);
      expect(result.diagnostics[0]!.message).toBe(
        `"s-${first}" rests on more than ${LIMITS.maxDependencyReach} services through dependsOn and their own dependsOn (the limit), and so does every service that depends on it`,
      );
    });
  }
});

describe('a chain at the limit', () => {
  it('loads, analyses, and gives the map and the documents', async () => {
    const n = LIMITS.maxDependencyReach + 1;
    const result = loadBlueprintFile(chainFile(n, 'top-down'));
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const model = result.model;
    const analysis = analyze(model, { today: '2026-11-20' });
    expect(analysis.findings.length).toBeGreaterThan(0);
    const map = dependencyMap(model);
    expect(map.edges.filter((e) => e.kind === 'dependsOn')).toHaveLength(n - 1);
    expect(toMermaid(map)).toContain(`s_s_${n - 2} --> s_s_${n - 1}`);
    expect(await toSvg(map)).toContain('</svg>');
    const files = await documentBundle(model, { findings: analysis.findings, readiness: analysis.readiness });
    // The last service's runbook names every service above it: all of them stop with it.
    const last = files.find((f) => f.path === `runbooks/service-s-${n - 1}.md`)!.content;
    for (const i of [0, 1, n - 2]) expect(last).toContain(`[Service ${i}](service-s-${i}.md)`);
  });
});

describe('a model built by hand, 100,000 deep', () => {
  // Each service rests on the next and has a standby of its own, so what stops it stays small
  // (the walk is deep, its sets are not), as a hand-built model may be.
  const n = 100_000;
  const model = buildModel({
    services: Array.from({ length: n }, (_, i) => [
      { id: `s${i}`, vendor: 'Main', ...(i + 1 < n ? { dependsOn: [`s${i + 1}`] } : {}), standby: [`t${i}`] },
      { id: `t${i}`, vendor: `Spare ${i}` },
    ]).flat(),
    processes: [{ id: 'orders', needs: ['s0'] }],
  });

  it('is walked by the graph, the analysis and the outage simulation', () => {
    expect([...buildGraph(model).normalPath(model.processes[0]!)]).toEqual([]);
    expect(analyze(model, { today: '2026-11-20' }).file).toBe(model.source.file);
    // The vendor fails: every s is down, but each has its own standby, so nothing stops.
    const down = outage({ vendors: new Set(['main']) });
    expect(down.isDown(model.services[0]!)).toBe(false);
    const all = outage({ vendors: new Set(['main']), services: new Set(model.services.filter((s) => s.id === `t${n - 1}`)) });
    expect(all.cause(model.services[2 * (n - 1)]!)).toBe(`Main fails, and Service t${n - 1} too`);
    expect(all.cause(model.services[0]!)).toBeNull();
  });

  it('is drawn as a map', () => {
    expect(toMermaid(dependencyMap(model))).toContain('flowchart LR');
  });
});
