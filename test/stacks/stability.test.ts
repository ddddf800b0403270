/**
 * A resource's name is its identity: renaming it replaces it in production. Edits to parts of the
 * blueprint a resource does not come from must leave every name as it was.
 */
import { describe, expect, it } from 'vitest';
import { exampleText, identities, planText } from './plan-helpers';

const FILE = 'blueprints/online-shop.yaml';

/** Blueprint edits that concern no resource's identity. */
const UNRELATED: [string, (text: string) => string][] = [
  [
    'a new person',
    (t) =>
      t.replace(
        '\nescalation:',
        '\n  - id: vera\n    name: Vera Sokolova\n    role: Intern\n    contacts:\n      - { kind: phone, value: "+7 900 000-10-09" }\n\nescalation:',
      ),
  ],
  [
    'a process renamed (display name)',
    (t) => t.replace(/(\n {2}- id: take-orders\n {4}name: )[^\n]+/, '$1Taking orders on the site and by phone'),
  ],
  ['an endpoint renamed (display name)', (t) => t.replace('name: Cart page', 'name: Shopping cart page')],
  [
    'a drill scenario added',
    (t) =>
      t.replace(
        '    - id: crm-down\n',
        '    - id: erp-down\n      title: 1C down for a day\n      fail: [erp]\n      duration: 1d\n    - id: crm-down\n',
      ),
  ],
  ['monitoring endpoints reordered', (t) => moveBlock(t, '    - id: shop-cart\n', '    - id: payments-api\n', '    - id: shop-origin\n')],
];

/** Moves the text from `start` up to `end` so that it comes before `before`. */
function moveBlock(text: string, start: string, end: string, before: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error('block not found');
  const block = text.slice(a, b);
  const rest = text.slice(0, a) + text.slice(b);
  const at = rest.indexOf(before);
  return rest.slice(0, at) + block + rest.slice(at);
}

describe('resource names are stable under unrelated edits', async () => {
  const base = identities(await planText(exampleText('online-shop'), FILE));

  for (const [what, edit] of UNRELATED) {
    it(`${what} renames nothing`, async () => {
      const edited = edit(exampleText('online-shop'));
      expect(edited).not.toBe(exampleText('online-shop'));
      expect(identities(await planText(edited, FILE))).toEqual(base);
    });
  }

  it('a related edit does change names (so the test above can fail)', async () => {
    const edited = exampleText('online-shop')
      .replace('- id: shop-cart', '- id: shop-basket')
      .replace('endpoints: [shop-home, shop-cart]', 'endpoints: [shop-home, shop-basket]');
    const names = identities(await planText(edited, FILE));
    expect(names).not.toEqual(base);
    // shop-cart is watched by the probe (no failover record names it): its alarm follows the id.
    expect(names).toContain('aws:cloudwatch/metricAlarm:MetricAlarm probes-up-shop-basket-alarm');
    expect(names).not.toContain('aws:cloudwatch/metricAlarm:MetricAlarm probes-up-shop-cart-alarm');
  });
});
