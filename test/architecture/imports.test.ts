/**
 * The pipeline runs one way: every import between top-level folders goes down a floor, and no
 * module imports itself back through others. A new top-level folder fails here until it is given
 * a floor (docs/architecture.md, "Layout").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, readImportGraph, upwardImports, type ImportGraph } from './import-graph';

/** Higher floors may import lower ones, never the same floor's other folders or a higher one. */
const FLOORS: Record<string, number> = {
  bench: 6,
  cli: 6,
  pipeline: 5,
  generators: 4,
  stacks: 3,
  // The stack deploys the runtime (it writes the functions' config.json with runtimeConfig), so
  // the runtime sits below it; it reads the loader only in its sample-journal script.
  runtime: 2.5,
  loader: 2,
  analysis: 2,
  // The channel table describes the model's channel kinds: it reads model/ types, nothing else.
  channels: 1,
  model: 0,
  components: 0,
  // The schema is the source of truth: the model's enumerations are its generated types.
  schemas: -1,
  i18n: 0,
};

const ROOT = join(__dirname, '..', '..');
const graph = readImportGraph(ROOT, Object.keys(FLOORS));

describe('the import picture', () => {
  it('reads the repository (a broken reader would pass everything)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('pipeline/build-folder.ts')).toContain('analysis/index.ts');
  });

  it('has no import running back up the pipeline', () => {
    expect(upwardImports(graph, FLOORS)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('names an upward import, a same-floor one and a folder without a floor', () => {
    const found = upwardImports(
      g({ 'model/a.ts': ['loader/b.ts'], 'loader/b.ts': ['analysis/c.ts'], 'extra/d.ts': ['model/a.ts'], 'analysis/c.ts': ['model/a.ts'] }),
      FLOORS,
    );
    expect(found).toEqual([
      'extra/d.ts -> model/a.ts: extra/ has no floor',
      'loader/b.ts -> analysis/c.ts: analysis/ is not below loader/',
      'model/a.ts -> loader/b.ts: loader/ is not below model/',
    ]);
  });

  it('finds a cycle through three files and a file importing itself', () => {
    expect(importCycles(g({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts', 'd.ts'], 'd.ts': [], 'e.ts': ['e.ts'] }))).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
      ['e.ts'],
    ]);
  });
});
