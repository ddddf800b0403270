import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, RULE_CODES } from '../../analysis';
import { loadModel, WELL_DESIGNED } from './load';

/** The rule fixtures: small real blueprints, one positive and one negative per rule at least. */
const DIRS = [join(__dirname, '../fixtures/analysis')];
const TODAY = '2026-11-20';

/** Each fixture says in its header which rule it must (`expect:`) or must not (`expect-none:`) trigger. */
const fixtures = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /^pb\d{3}-.*\.yaml$/.test(f))
    .sort()
    .map((name) => {
      const head = readFileSync(join(dir, name), 'utf8').split('\n').slice(0, 3).join('\n');
      const m = /# (expect|expect-none): (PB\d{3})(?: naming (.+))?/.exec(head);
      if (!m) throw new Error(`${name} has no "# expect: PBxxx" or "# expect-none: PBxxx" line`);
      // "naming A, B": one finding must name every one of them, so fixing what it names fixes it all.
      const naming = m[3]?.split(', ').map((n) => n.trim()) ?? [];
      return { name, file: join(dir, name), positive: m[1] === 'expect', code: m[2]!, naming };
    }),
);

describe('rule fixtures', () => {
  it.each(fixtures)('$name', ({ name, file, positive, code, naming }) => {
    const analysis = analyze(loadModel(file), { today: TODAY });
    const hits = analysis.findings.filter((f) => f.code === code);
    if (positive) {
      expect(hits.length, `${code} expected in ${name}`).toBeGreaterThan(0);
      for (const f of hits) {
        // Each finding points at a real place in the fixture, past the header comment.
        expect(f.file).toContain(name);
        expect(f.line).toBeGreaterThanOrEqual(3);
        expect(f.message.length).toBeGreaterThan(10);
      }
      if (naming.length > 0) {
        expect(
          hits.filter((f) => naming.every((n) => f.message.includes(n))).map((f) => f.message),
          `one ${code} naming ${naming.join(', ')}`,
        ).toHaveLength(1);
        // One fact, one finding: no second finding of this rule at the same place.
        expect(new Set(hits.map((f) => f.pointer)).size).toBe(hits.length);
      }
    } else {
      expect(hits.map((f) => f.message)).toEqual([]);
    }
  });

  it('has a positive and a negative fixture for every rule', () => {
    for (const code of RULE_CODES) {
      expect(
        fixtures.some((f) => f.code === code && f.positive),
        `positive fixture for ${code}`,
      ).toBe(true);
      expect(
        fixtures.some((f) => f.code === code && !f.positive),
        `negative fixture for ${code}`,
      ).toBe(true);
    }
  });

  it('finds nothing in the well-designed blueprint, which scores 100', () => {
    const analysis = analyze(loadModel(WELL_DESIGNED), { today: TODAY });
    expect(analysis.findings.map((f) => `${f.code} ${f.message}`)).toEqual([]);
    expect(analysis.readiness.score).toBe(100);
  });
});
