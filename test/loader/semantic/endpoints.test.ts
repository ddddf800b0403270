/**
 * One mistake, one error: a domain's `dns` written as text (`dns: cloudflare, route53`) is the
 * schema's error, with the list to write; the DNS consistency check on that domain is not also
 * refused for a zone Plan B would not build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../loader/index';

const SHOP = readFileSync('blueprints/online-shop.yaml', 'utf8');

describe('a DNS consistency check', () => {
  it('on a domain whose dns is written as text gets no error of its own', () => {
    const text = SHOP.replace('dns: [cloudflare, route53]', 'dns: cloudflare, route53');
    expect(text).not.toBe(SHOP);
    const loaded = loadBlueprintText(text, 'shop.yaml');
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.pointer} | ${d.hint}`)).toEqual([
      'PB020 /domains/0/dns | write it as a list in brackets: [cloudflare, route53]',
    ]);
  });

  it('on a domain served by one provider is still refused', () => {
    const text = SHOP.replace('dns: [cloudflare, route53]', 'dns: [cloudflare]');
    const codes = loadBlueprintText(text, 'shop.yaml').diagnostics.map((d) => `${d.code} ${d.pointer}`);
    expect(codes).toContain('PB042 /monitoring/endpoints/9/url');
  });
});
