/**
 * docs/blueprint.md is generated from the schema and the loader's tables; the committed page must be
 * exactly what the generator makes today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateReference, REFERENCE_PATH } from '../../../loader/reference/generate-reference';
import { DIAGNOSTIC_CODES } from '../../../loader/diagnostics';

describe('the blueprint reference', () => {
  it('docs/blueprint.md is current (run: npx tsx loader/reference/generate-reference.ts)', () => {
    expect(readFileSync(REFERENCE_PATH, 'utf8')).toBe(generateReference());
  });

  it('lists every loader code and the sections in order', () => {
    const page = generateReference();
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(page).toContain(`| ${code} |`);
    const order = ['## Top level', '## Scalar types', '## Limits', '## Rules beyond the schema', '## Diagnostic codes'].map((h) =>
      page.indexOf(h),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
  });
});
