/**
 * The JSON Schema is the single source of truth: the generated TypeScript types must be exactly
 * what the generator makes from it today (the reference page: test/loader/reference/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, TYPES_PATH } from '../../schemas/generate-types';

describe('generated from the schema', () => {
  it('schemas/blueprint.generated.ts is current (run: npx tsx schemas/generate-types.ts)', async () => {
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(await generateTypes());
  });

  it('every property has a description, for editors to show on hover', () => {
    const schema = JSON.parse(readFileSync(require.resolve('../../schemas/blueprint.schema.json'), 'utf8'));
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      for (const [key, prop] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (!prop.description) missing.push(`${path}/${key}`);
        visit(prop, `${path}/${key}`);
      }
    };
    visit(schema, '');
    for (const [name, def] of Object.entries(schema.$defs as Record<string, Record<string, unknown>>)) visit(def, `$defs/${name}`);
    expect(missing).toEqual([]);
  });
});
