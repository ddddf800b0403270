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

  it('documents every key of every mapping, those written in place (business, account) too', () => {
    const page = generateReference();
    const schema = JSON.parse(readFileSync('schemas/blueprint.schema.json', 'utf8')) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    const business = page.slice(page.indexOf('### business\n'), page.indexOf('\n### ', page.indexOf('### business\n') + 1));
    for (const key of Object.keys(schema.properties.business?.properties ?? {})) expect(business).toContain(`| \`${key}\` |`);
    expect(page).toContain('| `business` | [mapping](#business) | yes |');
    expect(page).toContain('| `account` | [mapping](#serviceaccount) |');
    expect(page).toMatch(/### service\.account\n[\s\S]*?\| `owner` \| `company` \\\| `contractor` \\\| `person` \| yes \|/);
    const anchors = [...page.matchAll(/^#{2,3} (.+)$/gm)].map((h) => (h[1] as string).toLowerCase().replace(/[^a-z0-9 -]/g, ''));
    for (const link of page.matchAll(/\]\(#([a-z0-9-]+)\)/g)) expect(anchors, `#${link[1]}`).toContain(link[1]);
  });

  it("shows a reference's example only when it is one for that key, not the id definition's", () => {
    // "person: ... Example: `crm`" taught a newcomer that a person is named like a CRM.
    expect(generateReference()).not.toContain('Example: `crm`');
  });

  it('says how many items a list needs at least, optional keys included', () => {
    const page = generateReference();
    expect(page).toContain('| `escalation` | list of [escalationStep](#escalationstep), at least 1 | |');
    expect(page).toContain('| `regions` | list of string (each matching `^[a-z]{2}-[a-z]+-[0-9]$`), at least 3 |');
  });

  it('shows the form, length and range validate checks of a value written in place', () => {
    // "slug | string" let a newcomer write "Bella Salon", which validate then refused.
    const page = generateReference();
    expect(page).toContain('| `slug` | string, matching `^[a-z][a-z0-9-]{1,29}$` | yes |');
    expect(page).toContain('| `activeHours` | string, matching `^([01][0-9]\\|2[0-3]):[0-5][0-9]-([01][0-9]\\|2[0-3]):[0-5][0-9]$` |');
    expect(page).toContain('| `url` | string, a URL, at most 500 characters | |');
    expect(page).toContain('| `priority` | integer, 0 to 65535 | |');
    expect(page).toContain('| `steps` | list of string (each at most 1,000 characters), at least 1 | yes |');
    expect(page).toContain('| `text` | string, at most 4,000 characters | yes |');
  });
});
