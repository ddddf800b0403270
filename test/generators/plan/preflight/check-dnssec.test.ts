/** PF012: DNSSEC on a zone two providers serve: on one provider only, or multi-signer with Route 53, is an error at the blueprint's line. */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../../loader/index';
import type { Model } from '../../../../model/model';
import { checkDnssec } from '../../../../generators/plan/preflight/check-dnssec';
import { exampleText } from '../../../stacks/plan-helpers';
import { locator } from './helpers';

const FILE = 'blueprints/online-shop.yaml';

/** The shop with `dnssec:` set on its one domain (served by cloudflare and route53). */
function shop(dnssec: string | undefined): Model {
  let text = exampleText('online-shop');
  if (dnssec !== undefined)
    text = text.replace('    cloudflareLoadBalancer: false', `    cloudflareLoadBalancer: false\n    dnssec: ${dnssec}`);
  const loaded = loadBlueprintText(text, FILE);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return loaded.model;
}

describe('checkDnssec', () => {
  it('says nothing when DNSSEC is off (the default, and what Plan B builds)', () => {
    for (const m of [shop(undefined), shop('off')]) expect(checkDnssec(m, locator([], m))).toEqual([]);
  });

  it('DNSSEC on one of two providers is an error at the dnssec line, saying to remove the DS record', () => {
    const m = shop('one-provider');
    const [f, ...rest] = checkDnssec(m, locator([], m));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'PF012',
      severity: 'error',
      message: expect.stringContaining('Remove the DS record at the registrar'),
    });
    const line = exampleText('online-shop').split('\n').indexOf('    cloudflareLoadBalancer: false') + 2;
    expect(f?.location).toBe(`${FILE}:${line}:13`);
  });

  it("multi-signer with Route 53 is an error: Route 53 cannot publish the other provider's DNSKEY", () => {
    const m = shop('multi-signer');
    expect(checkDnssec(m, locator([], m))).toMatchObject([
      {
        code: 'PF012',
        severity: 'error',
        message: expect.stringContaining('Route 53 cannot'),
        doc: expect.stringContaining('ResourceRecordTypes'),
      },
    ]);
  });

  it('one provider signing alone is fine when it is the only provider', () => {
    const signed = shop('one-provider');
    const m: Model = { ...signed, domains: signed.domains.map((d) => ({ ...d, dns: ['cloudflare'] })) };
    expect(checkDnssec(m, locator([], m))).toEqual([]);
  });
});
