/**
 * The order of declarations means nothing in a blueprint (orders that do mean something, such as
 * escalation, alert stages and plan B steps, are left alone): the example blueprints, which use
 * every section, with their lists of declared elements shuffled and written back to YAML, still
 * load to a model of the same size, and the
 * verdict is the same findings. This is the round trip for the whole language; the loader's own
 * property test generates only the core sections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import { loadBlueprintText } from '../../loader/index';
import type { Model } from '../../model/model';

const EXAMPLES = ['online-shop', 'dental-clinic', 'b2b-portal'];
const TODAY = '2026-11-20';

/** Lists of declared elements, whose order carries no meaning. */
const DECLARATIONS = [
  'people',
  'places',
  'services',
  'processes',
  'data',
  'domains',
  'channels',
  'messages',
  'alerts',
  'monitoring/endpoints',
  'monitoring/businessChecks',
  'drills/scenarios',
  'statusPage/components',
];

/** A deep copy with each declaration list permuted by the seeds. */
function shuffled(data: unknown, seeds: number[]): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  let i = 0;
  for (const path of DECLARATIONS) {
    const parts = path.split('/');
    const parent = parts
      .slice(0, -1)
      .reduce<Record<string, unknown> | undefined>((o, k) => o?.[k] as Record<string, unknown> | undefined, copy);
    const items = parent?.[parts.at(-1)!];
    if (!Array.isArray(items)) continue;
    for (let k = items.length - 1; k > 0; k--) {
      const j = (seeds[i++ % seeds.length] ?? 0) % (k + 1);
      [items[k], items[j]] = [items[j], items[k]];
    }
  }
  return copy;
}

function sizes(m: Model): Record<string, number> {
  return {
    people: m.people.length,
    services: m.services.length,
    processes: m.processes.length,
    data: m.data.length,
    domains: m.domains.length,
    endpoints: m.endpoints.length,
    channels: m.channels.length,
    alerts: m.alerts.length,
    checks: m.businessChecks.length,
    scenarios: m.drills?.scenarios.length ?? 0,
  };
}

/** A finding without its place: positions and list positions move when lists are shuffled. */
const verdict = (m: Model) =>
  analyze(m, { today: TODAY })
    .findings.map((f) => `${f.code} ${f.severity}`)
    .sort();

describe.each(EXAMPLES)('%s with its lists in any order', (name) => {
  const text = readFileSync(join(__dirname, '../../blueprints', `${name}.yaml`), 'utf8');
  const original = loadBlueprintText(text, `${name}.yaml`);
  if (!original.ok) throw new Error(`${name} does not load`);
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });

  it('really reorders (so the property below can fail)', () => {
    const moved = loadBlueprintText(yaml.dump(shuffled(data, [1, 2, 3, 4, 5, 6, 7, 8]), { lineWidth: -1 }), `${name}.yaml`);
    expect(moved.ok && moved.model.services.map((s) => s.id)).not.toEqual(original.model.services.map((s) => s.id));
  });

  it('loads again from YAML, to a model of the same size and the same verdict', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (seeds) => {
        const again = loadBlueprintText(yaml.dump(shuffled(data, seeds), { lineWidth: -1 }), `${name}.yaml`);
        expect(again.ok, JSON.stringify(again.ok ? [] : again.diagnostics.slice(0, 2))).toBe(true);
        if (!again.ok) return;
        expect(sizes(again.model)).toEqual(sizes(original.model));
        expect(verdict(again.model)).toEqual(verdict(original.model));
      }),
      { numRuns: 25 },
    );
  });
});
