/**
 * TXT values as each provider stores them. Route 53's provider adds the outer quotes itself
 * (terraform-provider-aws expandResourceRecords), so what it sends is `"` + value + `"`; Cloudflare
 * takes quoted strings and answers with the split form. Both must give a resolver the same text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cloudflareTxt, parseTxtPresentation, route53Txt } from '../../components/dns/txt';

/** What the AWS provider sends to Route 53 for one value of `records`. */
const route53Wire = (value: string): string => `"${value}"`;

describe('TXT for Route 53', () => {
  it('passes a short value unquoted (the provider quotes it)', () => {
    expect(route53Txt('v=spf1 -all')).toBe('v=spf1 -all');
    expect(route53Txt('"v=spf1 -all"')).toBe('v=spf1 -all');
    expect(parseTxtPresentation(route53Wire(route53Txt('v=spf1 -all')))).toEqual(['v=spf1 -all']);
  });

  it('splits over 255 characters with "" between the strings, as the provider documents', () => {
    expect(route53Txt('a'.repeat(300))).toBe(`${'a'.repeat(255)}""${'a'.repeat(45)}`);
  });

  it('escapes inner quotes and backslashes', () => {
    expect(route53Txt('say "hi" \\o/')).toBe('say \\"hi\\" \\\\o/');
  });
});

describe('TXT for Cloudflare', () => {
  it('sends quoted strings of at most 255 characters, space-separated, as the API answers', () => {
    expect(cloudflareTxt('v=spf1 -all')).toBe('"v=spf1 -all"');
    expect(cloudflareTxt('b'.repeat(256))).toBe(`"${'b'.repeat(255)}" "b"`);
  });

  it('never cuts a multi-byte character and counts bytes, not characters', () => {
    const strings = parseTxtPresentation(cloudflareTxt('я'.repeat(200))) as string[];
    expect(strings.map((s) => Buffer.byteLength(s))).toEqual([254, 146]);
  });
});

describe('both providers', () => {
  it('give a resolver the same text, in strings of at most 255 bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200, unit: 'grapheme' }), (text) => {
        const plain = text.replace(/^"(.*)"$/s, '$1');
        for (const presented of [route53Wire(route53Txt(text)), cloudflareTxt(text)]) {
          const strings = parseTxtPresentation(presented);
          expect(strings).toBeDefined();
          expect((strings as string[]).every((s) => Buffer.byteLength(s) <= 255)).toBe(true);
          expect((strings as string[]).join('')).toBe(plain);
        }
      }),
    );
  });
});
