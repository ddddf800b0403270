/** Properties of the loader over generated input (fast-check). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText, DIAGNOSTIC_CODES } from '../../loader/index';
import { buildFolder } from '../../pipeline';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const duration = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('s', 'm', 'h', 'd', 'w')).map(([n, u]) => `${n}${u}`);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/[:=]\S{3}/.test(s));

/** A random blueprint that is valid by construction: unique ids, references that resolve, no cycles. */
const validBlueprint = fc
  .record({
    people: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    services: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    processes: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    name: text,
    seed: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    durations: fc.array(duration, { minLength: 12, maxLength: 12 }),
    level: fc.constantFrom('critical', 'high', 'medium', 'low'),
  })
  .map(({ people, services, processes, name, seed, durations, level }) => {
    const pick = <T>(xs: T[], i: number) => xs[(seed[i % seed.length] ?? 0) % xs.length] as T;
    return {
      version: 1,
      business: { name, slug: 'biz', timezone: 'Europe/Berlin', owner: people[0], revised: '2026-11-01' },
      people: people.map((p) => ({ id: p, name: `${name} ${p}`, role: 'Staff', contacts: [{ kind: 'email', value: `${p}@example.com` }] })),
      // Only earlier services may be depended on: no cycle by construction.
      services: services.map((s, i) => ({
        id: s,
        name: s,
        kind: 'other',
        vendor: `Vendor ${i % 2}`,
        ...(i > 0 ? { dependsOn: [services[(seed[i] ?? 0) % i] as string] } : {}),
        access: { holders: [pick(people, i)], vault: `Vault: ${s}` },
      })),
      processes: processes.map((p, i) => ({
        id: p,
        name: p,
        criticality: level,
        rto: durations[i] as string,
        rpo: durations[i + 4] as string,
        needs: [pick(services, i + 7)],
        planB: { summary: name, steps: [name], switchedBy: [pick(people, i + 3)], switchTime: durations[i + 8] as string },
      })),
    };
  });

describe('loader properties', () => {
  it('valid blueprints written back to YAML load, with their values kept', () => {
    fc.assert(
      fc.property(validBlueprint, (bp) => {
        const result = loadBlueprintText(yaml.dump(bp), 'generated.yaml');
        if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
        expect(result.model.processes.map((p) => p.id)).toEqual(bp.processes.map((p) => p.id));
        expect(result.model.business.owner.id).toBe(bp.people[0]?.id);
      }),
      { numRuns: 150 },
    );
  });

  const example = yaml.load(readFileSync(join(__dirname, '../../blueprints/online-shop.yaml'), 'utf8'));
  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  );

  const mutation = fc.record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    op: fc.constantFrom('set', 'delete', 'rename'),
    value: anyValue,
    key: fc.string({ maxLength: 8 }),
  });
  const mutated = (mutations: readonly Parameters<typeof mutate>[1][]): string => {
    const data = structuredClone(example) as Record<string, unknown>;
    for (const m of mutations) mutate(data, m);
    return yaml.dump(data, { skipInvalid: true });
  };

  it('random mutations of a real blueprint never crash the loader, and every diagnostic has a place', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const result = loadBlueprintText(mutated(mutations), 'mutated.yaml');
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
        }
        if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // One truth: whatever validate accepts, build builds (analysis, map and documents; the plan on a
  // few, since Pulumi takes seconds per run). Mutations keep many blueprints valid (a name, a note,
  // a list item removed), and each accepted one must build without an error.
  // Edits that keep the shape (a string for a string, another item's value, a list item dropped),
  // so that many results are valid and reach the later stages.
  const leaves = stringLeaves(example);
  const edit = fc.record({
    leaf: fc.nat(),
    other: fc.nat(),
    op: fc.constantFrom('text', 'swap', 'drop'),
    text: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('0', '@', 'a-b', '1h', 'https://x.example/', '2026-02-29'),
    ),
  });
  const edited = (edits: readonly { leaf: number; other: number; op: string; text: string }[]): string => {
    const data = structuredClone(example) as Record<string, unknown>;
    for (const e of edits) {
      const path = leaves[e.leaf % leaves.length] as (string | number)[];
      const parent = path.slice(0, -1).reduce<any>((n, k) => n?.[k], data);
      const key = path[path.length - 1] as string | number;
      if (parent === undefined || parent === null) continue;
      if (e.op === 'drop' && Array.isArray(parent)) parent.splice(key as number, 1);
      else if (e.op === 'swap') parent[key] = leaves[e.other % leaves.length]!.reduce<any>((n, k) => n?.[k], data) ?? parent[key];
      else parent[key] = e.text;
    }
    return yaml.dump(data, { skipInvalid: true });
  };

  it('a mutated blueprint that validate accepts always builds', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const result = loadBlueprintText(edited(edits), 'mutated.yaml');
        if (!result.ok) return;
        accepted++;
        const { files } = await buildFolder(result.model, { plan: false });
        expect(files.some((f) => f.path.startsWith('documents/'))).toBe(true);
      }),
      { numRuns: 60, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(5);
  }, 300_000);

  it('a mutated blueprint that validate accepts also plans (a small sample)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 2 }).filter((es) => loadBlueprintText(edited(es), 'm.yaml').ok),
        async (edits) => {
          const result = loadBlueprintText(edited(edits), 'mutated.yaml');
          if (!result.ok) throw new Error('filtered to accepted blueprints');
          const { files } = await buildFolder(result.model, { plan: true });
          expect(files.map((f) => f.path)).toContain('plan/plan.txt');
        },
      ),
      { numRuns: 3, seed: 20261202 },
    );
  }, 300_000);

  it('arbitrary text never crashes the loader', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const result = loadBlueprintText(s, 'random.yaml');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

/** Walks the path through the data (indices taken modulo the keys or items) and changes the node. */
function mutate(root: Record<string, unknown>, m: { path: number[]; op: string; value: unknown; key: string }): void {
  let node: unknown = root;
  for (let i = 0; i < m.path.length - 1; i++) {
    const next = childAt(node, m.path[i] as number);
    if (next === undefined || next === null || typeof next !== 'object') break;
    node = next;
  }
  if (node === null || typeof node !== 'object') return;
  const last = m.path[m.path.length - 1] as number;
  if (Array.isArray(node)) {
    if (node.length === 0) return;
    const i = last % node.length;
    if (m.op === 'delete') node.splice(i, 1);
    else node[i] = m.value;
    return;
  }
  const obj = node as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 0) return;
  const key = keys[last % keys.length] as string;
  if (m.op === 'delete') delete obj[key];
  else if (m.op === 'rename') {
    obj[m.key || 'x'] = obj[key];
    delete obj[key];
  } else obj[key] = m.value;
}

function childAt(node: unknown, n: number): unknown {
  if (Array.isArray(node)) return node.length ? node[n % node.length] : undefined;
  if (node !== null && typeof node === 'object') {
    const keys = Object.keys(node);
    return keys.length ? (node as Record<string, unknown>)[keys[n % keys.length] as string] : undefined;
  }
  return undefined;
}

/** Paths of every string value, in document order. */
function stringLeaves(data: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof data === 'string') out.push(path);
  else if (Array.isArray(data)) data.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) stringLeaves(v, [...path, k], out);
  return out;
}
