/**
 * A drill scenario's `fail` names a service or place id, else a vendor: the way the drill sheet
 * and `simulate --fail` read it. A service named after its vendor (`shopify`, vendor Shopify) is
 * the service, not an ambiguity; only a name that is both a service id and a place id is refused.
 */
import { describe, expect, it } from 'vitest';
import { resolveTargets } from '../../../analysis/simulate';
import { generateDocuments } from '../../../generators/documents';
import { loadBlueprintText } from '../../../loader/index';

function blueprint(extraPlace = ''): string {
  return `version: 1
business: { name: Shop, slug: shop, timezone: Europe/Berlin, owner: ann, revised: "2026-11-25" }
people:
  - { id: ann, name: Ann Example, role: Owner, contacts: [{ kind: email, value: ann@shop.example }] }
places:
  - { id: office, name: Office, kind: office }${extraPlace}
services:
  - { id: shopify, name: Online shop, kind: shop, vendor: Shopify }
  - { id: pos, name: Shop till, kind: pos, vendor: Shopify }
processes:
  - { id: sell, name: Selling, criticality: critical, rto: 1h, rpo: 1h, needs: [shopify, pos] }
drills:
  every: 180d
  planOwner: ann
  scenarios:
    - { id: shop-down, title: Shop down, fail: [shopify] }
`;
}

describe('a drill target', () => {
  it('that is a service id and a vendor name means the service, in validate, the drill sheet and simulate', () => {
    const loaded = loadBlueprintText(blueprint(), 'shop.yaml');
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
    const drills = generateDocuments(loaded.model).find((d) => d.kind === 'drills');
    expect(drills?.content).toContain('Online shop');
    expect(drills?.content).not.toContain('every service of Shopify');
    const targets = resolveTargets(loaded.model, ['shopify']);
    expect(targets.failed).toEqual([{ token: 'shopify', kind: 'service', label: 'Online shop' }]);
  });

  it('that is both a service id and a place id is refused at the target', () => {
    const loaded = loadBlueprintText(blueprint('\n  - { id: shopify, name: Shopify data centre, kind: datacenter }'), 'shop.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'PB035 17:49 "shopify" names both a service and a place',
    ]);
  });
});
