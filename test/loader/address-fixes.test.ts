/**
 * loader/address-fixes.ts: an address written in the neighbouring form gets the address to write
 * in its hint (validate's PB024 and PB041), and a status host written as a URL is one error, not a
 * second one saying it "does not start with status.".
 */
import { describe, expect, it } from 'vitest';
import { hostFix, hostPortFix, urlFix } from '../../loader/address-fixes';
import { loadBlueprintText } from '../../loader/index';

describe('address fixes', () => {
  it.each([
    [urlFix, 'beanthere.example', 'https://beanthere.example'],
    [urlFix, 'merchants.ubereats.com/admin', 'https://merchants.ubereats.com/admin'],
    [hostFix, 'https://status.shop.example', 'status.shop.example'],
    [hostFix, 'status.shop.example/', 'status.shop.example'],
    [hostPortFix, 'https://xray.vets.example:443', 'xray.vets.example:443'],
    [hostPortFix, 'http://xray.vets.example/', 'xray.vets.example:80'],
  ])('%o(%s) -> %s', (fix, written, meant) => {
    expect(fix(written)).toBe(meant);
  });

  it.each([
    [urlFix, 'https://already.example'],
    [urlFix, 'just words'],
    [urlFix, 'localhost'],
    [hostFix, 'status.shop.example'],
    [hostPortFix, 'xray.vets.example'],
    [hostPortFix, 'ftp://files.example'],
  ])('%o(%s) -> nothing', (fix, written) => {
    expect(fix(written)).toBeUndefined();
  });
});

const BLUEPRINT = [
  'version: 1',
  'business: { name: Cafe, slug: cafe, timezone: Europe/Paris, owner: ann, revised: "2026-11-01" }',
  'people:',
  '  - { id: ann, name: Ann Owner, role: Owner, contacts: [{ kind: email, value: ann@cafe.example }] }',
  'services:',
  '  - { id: shop, name: Order site, kind: shop, vendor: Shopco, url: merchants.shopco.example/admin }',
  'processes:',
  '  - { id: selling, name: Selling, criticality: critical, rto: 4h, rpo: 1d, needs: [shop] }',
  'monitoring:',
  '  endpoints:',
  '    - { id: site, service: shop, url: cafe.example/health }',
  '    - { id: srv, service: shop, check: tcp, url: "https://srv.cafe.example:8443/x" }',
  '    - { id: names, service: shop, check: dns, url: "https://www.cafe.example/" }',
  'statusPage:',
  '  host: https://status.cafe.example',
  '  components:',
  '    - { id: site, name: Site, endpoints: [site] }',
].join('\n');

describe('validate', () => {
  it('leads each address hint with the address to write, and says a status host with a scheme once', () => {
    const result = loadBlueprintText(BLUEPRINT, 'cafe.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.code} ${d.line} ${d.hint?.replace(/\? \(.*$/, '?')}`)).toEqual([
      'PB024 6 did you mean "https://merchants.shopco.example/admin"?',
      'PB041 11 did you mean "https://cafe.example/health"?',
      'PB041 12 did you mean "srv.cafe.example:8443"?',
      'PB041 13 did you mean "www.cafe.example"?',
      'PB024 15 did you mean "status.cafe.example"?',
    ]);
  });
});
