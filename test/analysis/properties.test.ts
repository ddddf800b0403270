import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { runRules } from '../../analysis/findings';
import { buildGraph, fp } from '../../analysis/graph';
import { sharedSinglePoints } from '../../analysis/facts/shared-single-points';
import { simulate } from '../../analysis/simulate';
import { buildModel, type ModelSpec } from './build-model';

const TODAY = '2026-11-20';

/** Random acyclic blueprints: services depend only on earlier ones; vendors and places are shared. */
const specArb: fc.Arbitrary<ModelSpec> = fc
  .record({ services: fc.integer({ min: 2, max: 8 }), processes: fc.integer({ min: 1, max: 6 }) })
  .chain(({ services, processes }) => {
    const ids = Array.from({ length: services }, (_, i) => `s${i}`);
    const serviceArb = (i: number) =>
      fc
        .record({
          vendor: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
          dependsOn: fc.subarray(ids.slice(0, i), { maxLength: Math.min(2, i) }),
          location: fc.subarray(['office', 'dc'], { maxLength: 2 }),
        })
        .map((s) => ({ id: ids[i]!, ...s }));
    const processArb = (i: number) =>
      fc
        .record({
          criticality: fc.constantFrom('critical', 'high', 'medium', 'low') as fc.Arbitrary<'critical' | 'high' | 'medium' | 'low'>,
          needs: fc.subarray(ids, { minLength: 1, maxLength: Math.min(3, ids.length) }),
          planB: fc.option(fc.record({ needs: fc.subarray(ids, { maxLength: 2 }) }), { nil: undefined }),
        })
        .map((p) => ({ id: `p${i}`, ...p, ...(p.planB ? { planB: p.planB } : {}) }));
    return fc.record({
      places: fc.constant<string[]>(['office', 'dc']),
      services: fc.tuple(...ids.map((_, i) => serviceArb(i))),
      processes: fc.tuple(...Array.from({ length: processes }, (_, i) => processArb(i))),
    });
  })
  .map((s) => ({ ...s, processes: s.processes.map(({ planB, ...p }) => (planB ? { ...p, planB } : p)) }));

const about = (pointer: string, path: string) => pointer === path || pointer.startsWith(path + '/');

describe('analysis properties', () => {
  it('adding a plan B that avoids a service never adds a finding about that service', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), fc.nat(), (spec, pickProcess, pickService) => {
        const bare = spec.processes.filter((p) => !p.planB);
        fc.pre(bare.length > 0);
        const target = bare[pickProcess % bare.length]!;
        const before = buildModel(spec);
        const s = before.services[pickService % before.services.length]!;
        const graph = buildGraph(before);
        const avoiding = before.services
          .filter((t) => !graph.dependsOn(t, fp.service(s.id)))
          .map((t) => t.id)
          .slice(0, 2);
        const after = buildModel({
          ...spec,
          processes: spec.processes.map((p) => (p === target ? { ...p, planB: { needs: avoiding } } : p)),
        });
        // A finding is identified by its rule and the element at fault; its wording may list fewer processes.
        const was = new Set(
          runRules(before, { today: TODAY })
            .filter((f) => about(f.pointer, s.path))
            .map((f) => `${f.code} ${f.pointer}`),
        );
        for (const f of runRules(after, { today: TODAY })) {
          if (about(f.pointer, s.path)) expect(was, `${f.code} ${f.pointer} is new`).toContain(`${f.code} ${f.pointer}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('removing a dependency never adds a single point of failure', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), fc.boolean(), (spec, pick, fromService) => {
        const edges = fromService
          ? spec.services.flatMap((s, i) => (s.dependsOn ?? []).map((d) => ({ i, d })))
          : spec.processes.flatMap((p, i) => (p.needs.length > 1 ? p.needs.map((d) => ({ i, d })) : []));
        fc.pre(edges.length > 0);
        const { i, d } = edges[pick % edges.length]!;
        const cut: ModelSpec = fromService
          ? {
              ...spec,
              services: spec.services.map((s, j) => (j === i ? { ...s, dependsOn: (s.dependsOn ?? []).filter((x) => x !== d) } : s)),
            }
          : { ...spec, processes: spec.processes.map((p, j) => (j === i ? { ...p, needs: p.needs.filter((x) => x !== d) } : p)) };
        const pointsOf = (m: ModelSpec) => {
          const model = buildModel(m);
          return new Set(sharedSinglePoints(model, buildGraph(model)).keys());
        };
        const before = pointsOf(spec);
        for (const point of pointsOf(cut)) expect(before.has(point)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same model always gives the same analysis', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const a = analyze(buildModel(spec), { today: TODAY });
        const b = analyze(buildModel(spec), { today: TODAY });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100 },
    );
  });

  it('failing more never brings a service back up', () => {
    fc.assert(
      fc.property(specArb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.nat(), (spec, picks, extra) => {
        const model = buildModel(spec);
        const tokens = ['alpha', 'beta', 'gamma', 'office', 'dc', ...model.services.map((s) => s.id)];
        const some = picks.map((p) => tokens[p % tokens.length]!);
        const more = [...some, tokens[extra % tokens.length]!];
        const down = (fail: string[]) => new Set(simulate(model, fail).servicesDown.map((s) => s.id));
        const small = down(some);
        const large = down(more);
        for (const id of small) expect(large.has(id)).toBe(true);
        const stopped = (fail: string[]) =>
          simulate(model, fail)
            .processes.filter((p) => p.outcome !== 'running')
            .map((p) => p.id);
        for (const id of stopped(some)) expect(stopped(more)).toContain(id);
      }),
      { numRuns: 200 },
    );
  });

  it('a service fails in the simulation exactly when one of its static failure points is failed', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), (spec, pick) => {
        const model = buildModel(spec);
        const graph = buildGraph(model);
        const s = model.services[pick % model.services.length]!;
        const down = new Set(simulate(model, [s.id]).servicesDown.map((x) => x.id));
        for (const t of model.services) expect(down.has(t.id)).toBe(graph.dependsOn(t, fp.service(s.id)));
      }),
      { numRuns: 200 },
    );
  });
});
