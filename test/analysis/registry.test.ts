import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_CODES, allRules, ruleFor } from '../../analysis';

describe('rule registry', () => {
  it('files every rule under its own code, with a unique name', () => {
    for (const code of RULE_CODES) expect(RULES[code].code).toBe(code);
    const names = allRules().map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names an unknown code in the error', () => {
    expect(() => ruleFor('PB999')).toThrow(/unknown rule code PB999/);
  });

  it('documents every rule in docs/analysis.md', () => {
    const doc = readFileSync(join(__dirname, '../../docs/analysis.md'), 'utf8');
    for (const r of allRules()) {
      expect(doc, r.code).toContain(r.code);
      expect(doc, r.name).toContain(r.name);
    }
  });
});
