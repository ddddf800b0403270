import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../analysis';
import { defineRule } from '../../../analysis/rules/rule';
import { withRuleTable } from '../../../analysis/rules/table';
import { loadModel, WELL_DESIGNED } from '../load';
import { buildGraph } from '../../../analysis/graph';

const DOC = join(__dirname, '../../../docs/analysis.md');

describe('the rule table of docs/analysis.md', () => {
  it('is the one the registry writes (run npx tsx analysis/rules/write-table.ts when this fails)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withRuleTable(doc)).toBe(doc);
  });

  it('heads each rule section with the severity the registry gives it', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const r of allRules()) {
      const heading = new RegExp(`^### ${r.code} \`${r.name}\` \\(([^)]*)\\)$`, 'm').exec(doc);
      expect(heading, `section for ${r.code}`).not.toBeNull();
      const said = heading![1]!.split('; ');
      expect(said[0], r.code).toBe(r.severity);
      for (const v of r.variants) expect(heading![1], `${r.code} ${v.severity}`).toContain(v.severity);
    }
  });

  it('cannot drift: a rule that emits a severity it does not declare throws', () => {
    const rogue = defineRule({
      code: 'PB104',
      name: 'rogue',
      severity: 'info',
      run({ model }, emit) {
        emit(model.processes[0]!.path, 'missing', { process: 'x' }, { severity: 'error' });
      },
    });
    const model = loadModel(WELL_DESIGNED);
    expect(() => rogue.check({ model, graph: buildGraph(model), today: '2026-11-20', locale: 'en' })).toThrow(
      /PB104 emitted a finding of severity error/,
    );
  });
});
