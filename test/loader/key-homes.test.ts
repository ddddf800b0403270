/**
 * loader/key-homes.ts: a key written one level off gets a hint naming the mapping it belongs in
 * (a service's vault and holders go in its access; a person's phone is a contact).
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

const TEXT = [
  'version: 1',
  'business: { name: Cafe, slug: cafe, timezone: Europe/Paris, owner: ann, revised: "2026-11-01" }',
  'people:',
  '  - { id: ann, name: Ann Owner, role: Owner, phone: "+33 6 00 00 00 01", contacts: [{ kind: email, value: ann@cafe.example }] }',
  'services:',
  '  - { id: shop, name: Order site, kind: shop, vendor: Shopco, vault: "1Password: Cafe / Shop", holders: [ann], dependOn: [] }',
  'processes:',
  '  - { id: selling, name: Selling, criticality: critical, rto: 4h, rpo: 1d, needs: [shop] }',
].join('\n');

describe('an unknown key that belongs one level down', () => {
  it('names the mapping it belongs in; a near miss still gets its did-you-mean', () => {
    const result = loadBlueprintText(TEXT, 'cafe.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.pointer}: ${d.hint}`)).toEqual([
      '/people/0/phone: write it as one of the contacts: contacts: [{ kind: phone, value: ... }]',
      '/services/0/vault: "vault" belongs inside access: write access: { vault: ... }',
      '/services/0/holders: "holders" belongs inside access: write access: { holders: ... }',
      '/services/0/dependOn: did you mean "dependsOn"?',
    ]);
  });
});
