/**
 * buildFolder hands each file to a sink as it is made, with the same bytes as the collected folder,
 * and tells its listeners the stages in the order it runs them and the resources planned so far.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
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
