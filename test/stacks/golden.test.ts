/**
 * The examples' plans as golden files: every resource, its parent, provider and inputs.
 * UPDATE_GOLDEN=1 rewrites them; otherwise any difference fails, and the diff is the review.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../generators/plan/index';
import { EXAMPLES, planExample, planExampleAfresh } from './plan-helpers';

const update = process.env['UPDATE_GOLDEN'] === '1';

describe('plans of the example blueprints', () => {
  for (const name of EXAMPLES) {
    it(`${name} matches test/golden/plans/${name}.txt`, async () => {
      const text = renderPlan(await planExample(name), 'text');
      const file = `test/golden/plans/${name}.txt`;
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`${file} is missing; run with UPDATE_GOLDEN=1 to create it`);
        mkdirSync('test/golden/plans', { recursive: true });
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('is byte-identical from run to run, in every format', async () => {
    const a = await planExampleAfresh('online-shop');
    const b = await planExampleAfresh('online-shop');
    for (const format of ['text', 'json', 'markdown'] as const) expect(renderPlan(a, format)).toBe(renderPlan(b, format));
  });
});
