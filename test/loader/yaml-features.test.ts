/** YAML features a blueprint may use (merge keys) and how repeated keys are reported. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

const minimal = readFileSync(join(__dirname, '../fixtures/blueprints/minimal.yaml'), 'utf8');

describe('merge keys', () => {
  it('a blueprint with `<<: *anchor` loads with the merged values, and its own keys win', () => {
    const text = minimal.replace(
      'services:\n  - id: shop\n    name: Online shop\n    kind: shop\n    vendor: Shopify\n',
      [
        'services:',
        '  - &saas',
        '    id: shop',
        '    name: Online shop',
        '    kind: shop',
        '    vendor: Shopify',
        '    sla: "99.9%"',
        '  - <<: *saas',
        '    id: crm',
        '    name: CRM',
        '    kind: crm',
        '',
      ].join('\n'),
    );
    const result = loadBlueprintText(text, 'merge.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const crm = result.model.index.services.get('crm');
    expect(crm).toMatchObject({ id: 'crm', name: 'CRM', kind: 'crm', vendor: 'Shopify' });
    expect(crm?.sla).toBeCloseTo(0.999);
    // The merged vendor is found where it was written, in the anchored service.
    expect(result.model.source.locate('/services/1/vendor')).toMatchObject({ line: 21, column: 13 });
  });
});

describe('keys written twice', () => {
  it('are reported with both places, and the rest of the file is still checked', () => {
    const text = minimal.replace('  slug: minimal\n', '  slug: minimal\n  name: Again\n').replace('needs: [shop]', 'needs: [shopp]');
    const result = loadBlueprintText(text, 'dup.yaml');
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'PB011 7:3 the key "name" appears twice (first at line 5)',
      'PB031 28:13 no service has the id "shopp"',
    ]);
    expect(result.diagnostics[0]?.hint).toMatch(/keep one of the two/);
  });

  it('in flow mappings and in large mappings too, but not for merged keys', () => {
    const flow = loadBlueprintText('a: { x: 1, y: 2, x: 3 }\n', 'flow.yaml');
    expect(flow.diagnostics.filter((d) => d.code === 'PB011').map((d) => d.message)).toEqual([
      'the key "x" appears twice (first at line 1)',
    ]);
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}: ${i}`);
    const large = loadBlueprintText(['a:', ...[...keys, 'k7: again'].map((k) => '  ' + k)].join('\n') + '\n', 'large.yaml');
    expect(large.diagnostics.filter((d) => d.code === 'PB011').map((d) => `${d.line} ${d.message}`)).toEqual([
      '42 the key "k7" appears twice (first at line 9)',
    ]);
    const merged = loadBlueprintText('b: &b { x: 1 }\nc: { <<: *b, x: 2 }\n', 'merged.yaml');
    expect(merged.diagnostics.filter((d) => d.code === 'PB011')).toEqual([]);
  });

  it('a repeated __proto__ is still refused and pollutes nothing', () => {
    const result = loadBlueprintText('__proto__: { polluted: true }\n__proto__: { polluted: true }\n', 'proto2.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('PB013');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
