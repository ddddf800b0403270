/**
 * buildFolder hands each file to a sink as it is made, with the same bytes as the collected folder,
 * and tells its listeners the stages in the order it runs them and the resources planned so far.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import { analyze, buildGraph } from '../../analysis';
import { phrasebook } from '../../analysis/i18n';
import { dependencyMap, toMermaid, toSvg } from '../../analysis/map';
import { documentBundle } from '../../generators/documents/bundle';
import { BUILD_STAGES, buildFolder } from '../../pipeline';

describe('buildFolder', () => {
  it('streams to a sink exactly the files it returns without one', async () => {
    const loaded = loadBlueprintText(readFileSync('blueprints/dental-clinic.yaml', 'utf8'), 'blueprints/dental-clinic.yaml');
    if (!loaded.ok) throw new Error('the example is valid');
    const collected = await buildFolder(loaded.model, { plan: false });
    const streamed = new Map<string, string>();
    const open = new Set<string>();
    const result = await buildFolder(loaded.model, {
      plan: false,
      sink: {
        add: (path, content) => void streamed.set(path, String(content)),
        addStream: (path) => {
          open.add(path);
          streamed.set(path, '');
          return { write: (chunk) => void streamed.set(path, streamed.get(path) + chunk), close: () => void open.delete(path) };
        },
      },
    });
    expect(result.files).toEqual([]);
    expect(result.count).toBe(collected.files.length);
    expect(open.size).toBe(0);
    expect(new Map(collected.files.map((f) => [f.path, String(f.content)]))).toEqual(streamed);
    expect(streamed.get('documents/documents.html')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/section>\n<\/body>\n<\/html>\n$/);
  });

  it('reports its stages in order, and every resource of the plan as it is registered', async () => {
    const loaded = loadBlueprintText(readFileSync('blueprints/dental-clinic.yaml', 'utf8'), 'blueprints/dental-clinic.yaml');
    if (!loaded.ok) throw new Error('the example is valid');
    const stages: string[] = [];
    const counts: number[] = [];
    const built = await buildFolder(loaded.model, {
      plan: true,
      onStage: (stage) => void stages.push(stage),
      onPlanned: (count) => void counts.push(count),
    });
    expect(stages).toEqual([...BUILD_STAGES]);
    const planned = JSON.parse(String(built.files.find((f) => f.path === 'plan/plan.json')?.content)) as { resources: unknown[] };
    // One report per registration, counting up to the plan's resources (providers and components included).
    expect(counts).toEqual(Array.from({ length: planned.resources.length }, (_, i) => i + 1));
  });
});

describe("the plan's cost in the documents", () => {
  it.each([['blueprints/online-shop.yaml'], ['blueprints/b2b-portal.yaml'], ['blueprints/dental-clinic.yaml']])(
    '%s: written in after the plan, the documents are those made with the cost known',
    async (file) => {
      const loaded = loadBlueprintText(readFileSync(file, 'utf8'), file);
      if (!loaded.ok) throw new Error('the example is valid');
      const model = loaded.model;
      const built = new Map((await buildFolder(model, { plan: true })).files.map((f) => [f.path, String(f.content)]));
      const cost = (JSON.parse(built.get('plan/plan.json') ?? '') as { cost: { monthly: number; currency: string; prices: string } }).cost;
      const graph = buildGraph(model);
      const analysis = analyze(model, { today: model.business.revised, locale: model.business.language }, graph);
      const map = dependencyMap(model, graph, phrasebook(analysis.locale).map);
      const direct = await documentBundle(model, {
        findings: analysis.findings,
        readiness: analysis.readiness,
        mapMermaid: toMermaid(map),
        mapSvg: await toSvg(map),
        graph,
        stackCost: { monthly: cost.monthly, currency: cost.currency, prices: cost.prices },
      });
      expect(direct.length).toBeGreaterThan(10);
      for (const f of direct) expect(built.get(`documents/${f.path}`), f.path).toBe(f.content);
    },
    60_000,
  );
});
