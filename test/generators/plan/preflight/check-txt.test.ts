/** PF003: TXT values in the form each provider keeps unchanged. */
import { describe, expect, it } from 'vitest';
import { checkTxtRecords } from '../../../../generators/plan/preflight/check-txt';
import { cloudflareTxt, route53Txt } from '../../../../components/dns/txt';
import { locator, planned } from './helpers';

const route53 = (value: string) => planned('aws:route53/record:Record', 'dns-apex-txt', { type: 'TXT', records: [value] });
const cloudflare = (content: string) => planned('cloudflare:index/dnsRecord:DnsRecord', 'dns-apex-txt-cf', { type: 'TXT', content });
const check = (resources: ReturnType<typeof planned>) => checkTxtRecords(resources, locator(resources));

describe('checkTxtRecords', () => {
  it('refuses a Route 53 value quoted again (what every example sent before: InvalidChangeBatch)', () => {
    expect(check(route53('"v=spf1 -all"'))).toMatchObject([{ code: 'PF003', severity: 'error', resource: 'dns-apex-txt' }]);
  });

  it('refuses a Route 53 string over 255 bytes', () => {
    expect(check(route53('a'.repeat(256)))).toMatchObject([{ code: 'PF003' }]);
  });

  it('refuses Cloudflare content that Cloudflare would rewrite (one string over 255, an unescaped quote)', () => {
    expect(check(cloudflare(`"${'a'.repeat(300)}"`))).toMatchObject([{ code: 'PF003' }]);
    expect(check(cloudflare('"say "hi""'))).toMatchObject([{ code: 'PF003' }]);
  });

  it('accepts what the components write, long values and inner quotes included', () => {
    for (const text of ['v=spf1 -all', `v=DKIM1; p=${'A'.repeat(400)}`, 'say "hi"']) {
      expect(check(route53(route53Txt(text)))).toEqual([]);
      expect(check(cloudflare(cloudflareTxt(text)))).toEqual([]);
    }
  });

  it('leaves other record types alone', () => {
    expect(check(planned('aws:route53/record:Record', 'a', { type: 'A', records: ['"odd"'] }))).toEqual([]);
  });
});
