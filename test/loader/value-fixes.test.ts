/**
 * loader/value-fixes.ts: the exact value a newcomer meant, offered in the hint, and nothing when
 * it would only be a guess (a date whose day and month could swap, a word that is no period).
 */
import { describe, expect, it } from 'vitest';
import { currencyFix, dateFix, durationFix, slugFix } from '../../loader/value-fixes';
import { loadBlueprintText } from '../../loader/index';

describe('durationFix', () => {
  it.each([
    ['15 min', '15m'],
    ['15 minutes', '15m'],
    ['2 hours', '2h'],
    ['1.5 hours', '90m'],
    ['1,5 h', '90m'],
    ['1 day', '1d'],
    ['2 weeks', '2w'],
    ['6 months', '180d'],
    ['1y', '365d'],
    ['1 year', '365d'],
    ['weekly', '1w'],
    ['every day', '1d'],
    ['2ч', '2h'],
    ['30 мин', '30m'],
    ['3 дня', '3d'],
    ['ежедневно', '1d'],
    ['PT15M', '15m'],
    ['P1D', '1d'],
    ['15M', '15m'],
    // In parts: the sum, in one unit.
    ['1h30m', '90m'],
    ['1h 30m', '90m'],
    ['1 hour 30 minutes', '90m'],
    ['1 hour and 30 minutes', '90m'],
    ['2 часа 30 минут', '150m'],
    ['1d 12h', '36h'],
  ])('%s -> %s', (written, meant) => {
    expect(durationFix(written)).toBe(meant);
  });

  it.each(['fortnightly', 'soon', '15', 'P', 'PT', '0 min', '15 parsecs', '1h30', '1h-30m', '1h 30 parsecs'])(
    '%s -> nothing',
    (written) => {
      expect(durationFix(written)).toBeUndefined();
    },
  );
});

describe('dateFix', () => {
  it.each([
    ['01.09.2026', '2026-09-01'],
    ['1.9.2026', '2026-09-01'],
    ['2026/09/01', '2026-09-01'],
    ['2026-9-1', '2026-09-01'],
    ['13/01/2027', '2027-01-13'],
    ['01/13/2027', '2027-01-13'],
  ])('%s -> %s', (written, meant) => {
    expect(dateFix(written)).toBe(meant);
  });

  it.each(['09/01/2026', '31.02.2026', 'March 1st', '2026-13-01'])('%s -> nothing', (written) => {
    expect(dateFix(written)).toBeUndefined();
  });
});

describe('currencyFix and slugFix', () => {
  it.each([
    ['eur', 'EUR'],
    ['€', 'EUR'],
    ['руб.', 'RUB'],
    ['$', 'USD'],
  ])('currency %s -> %s', (written, meant) => {
    expect(currencyFix(written)).toBe(meant);
  });

  it('makes a slug from a name, or nothing from a name with no Latin letters', () => {
    expect(slugFix('Bean There Café')).toBe('bean-there-cafe');
    expect(slugFix('2 Brothers')).toBe('brothers');
    expect(slugFix('Борода')).toBeUndefined();
    expect(currencyFix('euros and cents')).toBeUndefined();
  });
});

describe('validate hints', () => {
  it('names the value to write, beside the rule', () => {
    const text = [
      'version: 1',
      'business: { name: Cafe, slug: Bean There, timezone: Europe/Paris, owner: ann, revised: "2026-11-01", currency: eur }',
      'people:',
      '  - { id: ann, name: Ann Owner, role: Owner, contacts: [{ kind: email, value: ann@cafe.example }] }',
      'services:',
      '  - { id: shop, name: Order site, kind: shop, vendor: Shopco }',
      'processes:',
      '  - { id: selling, name: Selling, criticality: critical, rto: 2 hours, rpo: 1h, needs: [shop] }',
    ].join('\n');
    const result = loadBlueprintText(text, 'cafe.yaml');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`)).toEqual([
      '2:31 did you mean "bean-there"? (a slug is 2-30 lower-case letters, digits and hyphens, starting with a letter)',
      '2:112 did you mean "EUR"? (a currency is its ISO 4217 code in capitals: EUR, USD, GBP, RUB)',
      '8:63 did you mean "2h"? (write a duration as a number and a unit: 30s, 15m, 1h, 2d or 1w)',
    ]);
  });
});
