import { beforeAll, describe, expect, it } from 'vitest';
import type * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import { RedundantDns, type RedundantDnsArgs, checkRecords, isZoneName, mxParts } from '../../components/dns';

let log: ResourceLog;
beforeAll(async () => {
  log = await installMocks();
});

function baseArgs(overrides: Partial<RedundantDnsArgs> = {}): RedundantDnsArgs {
  return {
    business: 'acme',
    zoneName: 'acme.example',
    records: [
      { name: '@', type: 'A', values: ['192.0.2.10', '192.0.2.11'], ttl: 300 },
      { name: '@', type: 'MX', values: ['10 mx1.mail.example', 'mx2.mail.example'], priority: 20, ttl: 3600 },
      { name: '@', type: 'TXT', values: ['v=spf1 -all'], ttl: 300 },
      { name: '@', type: 'CAA', values: ['0 issue "letsencrypt.org"'], ttl: 3600 },
    ],
    failoverRecords: [
      { name: 'shop', type: 'A', primaryValue: '192.0.2.20', secondaryValue: '198.51.100.20', healthCheckId: 'hc-shop', ttl: 60 },
    ],
    cloudflare: { accountId: 'cf-acct', plan: 'free', loadBalancer: false },
    ...overrides,
  };
}

async function build(name: string, args: RedundantDnsArgs, opts: pulumi.ComponentResourceOptions = {}): Promise<RedundantDns> {
  const dns = new RedundantDns(name, args, opts);
  await resolve(dns.route53ZoneId);
  await settle();
  return dns;
}

function childrenOf(prefix: string) {
  return log.all.filter((r) => r.name.startsWith(`${prefix}-`));
}

describe('RedundantDns', () => {
  it('creates both zones, multi-provider DNS and one Route 53 record per record', async () => {
    const r53 = new aws.Provider('r53', { region: 'us-east-1' });
    const cf = new cloudflare.Provider('cfp', { apiToken: 'not-used-in-tests' });
    // Providers the Pulumi way, through the component's options.
    const dns = await build('d1', baseArgs(), { providers: { aws: r53, cloudflare: cf } });
    const kids = childrenOf('d1');
    expect(log.names().filter((n) => n.startsWith('d1-'))).toEqual(
      [
        'd1-cf-zone',
        'd1-cf-dns-settings',
        'd1-r53-zone',
        'd1-r53-apex-a',
        'd1-r53-apex-mx',
        'd1-r53-apex-txt',
        'd1-r53-apex-caa',
        'd1-r53-fo-shop-a-primary',
        'd1-r53-fo-shop-a-secondary',
        'd1-cf-fo-shop-a',
        ...kids.filter((k) => k.type === 'cloudflare:index/dnsRecord:DnsRecord' && k.name.startsWith('d1-cf-apex')).map((k) => k.name),
      ].sort(),
    );
    expect(kids.filter((k) => k.name.startsWith('d1-cf-apex'))).toHaveLength(6);
    expect(log.named('d1-cf-zone').inputs).toMatchObject({ account: { id: 'cf-acct' }, name: 'acme.example', type: 'full' });
    expect(log.named('d1-cf-dns-settings').inputs['multiProvider']).toBe(true);
    expect(log.named('d1-r53-zone').inputs['tags']).toEqual({ 'planb:business': 'acme', 'planb:component': 'd1' });
    for (const k of kids) {
      expect(k.parent).toContain('planb:dns:RedundantDns');
      const expected = k.type.startsWith('aws:') ? 'r53' : 'cfp';
      expect(providerName(k.provider)).toBe(expected);
    }
    expect(await resolve(dns.route53NameServers)).toHaveLength(2);
    expect(await resolve(dns.cloudflareNameServers)).toHaveLength(2);
  });

  it('writes values in each provider format', async () => {
    await build('d2', baseArgs());
    expect(log.named('d2-r53-apex-mx').inputs['records']).toEqual(['10 mx1.mail.example', '20 mx2.mail.example']);
    expect(log.named('d2-r53-apex-caa').inputs['records']).toEqual(['0 issue "letsencrypt.org"']);
    const cfA = log.all.filter((r) => r.name.startsWith('d2-cf-apex-a-'));
    expect(cfA.map((r) => r.inputs['content']).sort()).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(cfA.every((r) => r.inputs['proxied'] === false && r.inputs['name'] === 'acme.example')).toBe(true);
    const cfMx = log.all.filter((r) => r.name.startsWith('d2-cf-apex-mx-'));
    expect(cfMx.map((r) => [r.inputs['content'], r.inputs['priority']]).sort()).toEqual([
      ['mx1.mail.example', 10],
      ['mx2.mail.example', 20],
    ]);
    const caa = log.all.find((r) => r.name.startsWith('d2-cf-apex-caa-'));
    expect(caa?.inputs['data']).toEqual({ flags: 0, tag: 'issue', value: 'letsencrypt.org' });
  });

  it('gives Cloudflare host names without the final dot (else every preview shows a change)', async () => {
    await build(
      'd2b',
      baseArgs({
        records: [
          { name: 'www', type: 'CNAME', values: ['shop.hosting.example.'], ttl: 300 },
          { name: '@', type: 'MX', values: ['10 mx.yandex.net.'], ttl: 3600 },
        ],
        failoverRecords: [],
      }),
    );
    expect(log.all.find((r) => r.name.startsWith('d2b-cf-www-cname-'))?.inputs['content']).toBe('shop.hosting.example');
    expect(log.all.find((r) => r.name.startsWith('d2b-cf-apex-mx-'))?.inputs['content']).toBe('mx.yandex.net');
    expect(log.named('d2b-r53-www-cname').inputs['records']).toEqual(['shop.hosting.example.']);
  });

  it('puts failover on Route 53 as PRIMARY with the health check and SECONDARY', async () => {
    await build('d3', baseArgs());
    const p = log.named('d3-r53-fo-shop-a-primary').inputs;
    const s = log.named('d3-r53-fo-shop-a-secondary').inputs;
    expect(p).toMatchObject({
      name: 'shop.acme.example',
      records: ['192.0.2.20'],
      setIdentifier: 'shop-a-primary',
      failoverRoutingPolicies: [{ type: 'PRIMARY' }],
      healthCheckId: 'hc-shop',
    });
    expect(s).toMatchObject({
      records: ['198.51.100.20'],
      setIdentifier: 'shop-a-secondary',
      failoverRoutingPolicies: [{ type: 'SECONDARY' }],
    });
    expect(s['healthCheckId']).toBeUndefined();
  });

  it('without Load Balancer publishes the primary on Cloudflare and reports the gap', async () => {
    const dns = await build('d4', baseArgs());
    expect(dns.failoverGap).toEqual(['shop.acme.example A']);
    expect(log.named('d4-cf-fo-shop-a').inputs).toMatchObject({ content: '192.0.2.20', type: 'A' });
    expect(log.all.filter((r) => r.name.startsWith('d4-') && r.type.includes('loadBalancer'))).toEqual([]);
  });

  it('with Load Balancer builds monitor, two pools and a DNS-only balancer, and no gap', async () => {
    const dns = await build('d5', baseArgs({ cloudflare: { accountId: 'cf-acct', plan: 'pro', loadBalancer: true } }));
    expect(dns.failoverGap).toEqual([]);
    expect(log.named('d5-cf-lb-shop-a-monitor').type).toBe('cloudflare:index/loadBalancerMonitor:LoadBalancerMonitor');
    // One range only: 2xx after redirects, the nearest to Route 53's 2xx-or-3xx without following.
    expect(log.named('d5-cf-lb-shop-a-monitor').inputs).toMatchObject({ expectedCodes: '2xx', followRedirects: true });
    expect(log.named('d5-cf-lb-shop-a-primary').inputs['origins']).toEqual([{ name: 'primary', address: '192.0.2.20', enabled: true }]);
    expect(log.named('d5-cf-lb-shop-a-secondary').inputs['origins']).toEqual([
      { name: 'secondary', address: '198.51.100.20', enabled: true },
    ]);
    const lb = log.named('d5-cf-lb-shop-a');
    expect(lb.type).toBe('cloudflare:index/loadBalancer:LoadBalancer');
    expect(lb.inputs).toMatchObject({ name: 'shop.acme.example', proxied: false, steeringPolicy: 'off' });
    expect(lb.inputs['defaultPools']).toEqual(['d5-cf-lb-shop-a-primary-id', 'd5-cf-lb-shop-a-secondary-id']);
    expect(lb.inputs['fallbackPool']).toBe('d5-cf-lb-shop-a-secondary-id');
    expect(() => log.named('d5-cf-fo-shop-a')).toThrow();
  });

  it('a CNAME failover keeps its hostname origins unflattened, so Cloudflare answers a CNAME as Route 53 does', async () => {
    await build(
      'd5c',
      baseArgs({
        cloudflare: { accountId: 'cf-acct', plan: 'pro', loadBalancer: true },
        failoverRecords: [
          {
            name: 'www',
            type: 'CNAME',
            primaryValue: 'shop.hosting.example',
            secondaryValue: 'backup.hosting.example',
            healthCheckId: 'hc',
            ttl: 60,
          },
        ],
      }),
    );
    expect(log.named('d5c-cf-lb-www-cname-primary').inputs['origins']).toEqual([
      { name: 'primary', address: 'shop.hosting.example', enabled: true, flattenCname: false },
    ]);
    expect(log.named('d5c-cf-lb-www-cname-secondary').inputs['origins']).toEqual([
      { name: 'secondary', address: 'backup.hosting.example', enabled: true, flattenCname: false },
    ]);
    expect(log.named('d5c-r53-fo-www-cname-primary').inputs).toMatchObject({ type: 'CNAME', records: ['shop.hosting.example'] });
  });

  it('keeps names stable when an unrelated record changes', async () => {
    await build('d6', baseArgs());
    const before = log.all.filter(
      (r) => r.name.startsWith('d6-') && !r.name.startsWith('d6-r53-apex-txt') && !r.name.startsWith('d6-cf-apex-txt'),
    );
    const args = baseArgs();
    args.records = [
      { name: 'blog', type: 'CNAME' as const, values: ['blog.host.example'], ttl: 300 },
      ...args.records.map((r) => (r.type === 'TXT' ? { ...r, values: ['v=spf1 include:mail.example -all'] } : r)),
    ].reverse();
    await build('d7', args);
    const after = new Set(log.all.filter((r) => r.name.startsWith('d7-')).map((r) => r.name.replace(/^d7-/, '')));
    for (const r of before) expect(after.has(r.name.replace(/^d6-/, ''))).toBe(true);
  });
});

describe('record checks', () => {
  const ok = { name: 'www', type: 'A' as const, values: ['192.0.2.1'], ttl: 300 };
  it.each([
    [[ok, ok], [], /declared twice/],
    [[ok, { ...ok, type: 'CNAME' as const, values: ['x.example'] }], [], /CNAME must stand alone/],
    [[{ ...ok, name: '@', type: 'CNAME' as const }], [], /apex/],
    [[{ ...ok, ttl: 30 }], [], /ttl: 30/],
    [[{ ...ok, values: [] }], [], /values: empty/],
    [[{ ...ok, name: 'bad name' }], [], /name relative to the zone/],
    [[{ ...ok, type: 'MX' as const, values: ['mx.example'] }], [], /needs a preference/],
    [[{ ...ok, type: 'CAA' as const, values: ['issue letsencrypt.org'] }], [], /CAA value/],
    [[ok], [{ name: 'www', type: 'A' as const, primaryValue: 'a', secondaryValue: 'b', healthCheckId: 'h', ttl: 60 }], /declared twice/],
    [[], [{ name: 'x', type: 'A' as const, primaryValue: 'a', secondaryValue: 'a', healthCheckId: 'h', ttl: 60 }], /same/],
  ])('rejects case %#', (records, failover, message) => {
    expect(() => checkRecords(records, failover)).toThrow(message);
  });

  it('accepts a consistent set', () => {
    expect(() => checkRecords([ok, { ...ok, type: 'AAAA', values: ['2001:db8::1'] }], [])).not.toThrow();
  });

  it('subscribes the paid plan a new zone needs (it starts on Free), and only Pro or Business', async () => {
    const dns = await build(
      'plan-pro',
      baseArgs({ zoneName: 'pro.example', cloudflare: { accountId: 'cf-acct', plan: 'pro', loadBalancer: true } }),
    );
    const sub = log.named('plan-pro-cf-plan');
    expect(sub.type).toBe('cloudflare:index/zoneSubscription:ZoneSubscription');
    expect(sub.inputs).toMatchObject({ zoneId: 'plan-pro-cf-zone-id', frequency: 'monthly', ratePlan: { id: 'pro' } });
    // What needs the plan (health checks through this output, load balancers) gets the zone id once it is subscribed.
    expect(await resolve(dns.cloudflareZoneId)).toBe('plan-pro-cf-zone-id');
    await build('plan-free', baseArgs({ zoneName: 'free.example' }));
    await build(
      'plan-ent',
      baseArgs({ zoneName: 'ent.example', cloudflare: { accountId: 'cf-acct', plan: 'enterprise', loadBalancer: false } }),
    );
    expect(log.names().filter((n) => n.startsWith('plan-') && n.endsWith('-cf-plan'))).toEqual(['plan-pro-cf-plan']);
  });

  it('reads an MX preference from the value', () => {
    expect(mxParts('x', '5 mx.example')).toEqual({ preference: 5, host: 'mx.example' });
  });

  it('rejects a bad zone or slug at construction', () => {
    expect(() => new RedundantDns('bad1', baseArgs({ zoneName: 'acme.example.' }))).toThrow(/zoneName/);
    expect(() => new RedundantDns('bad2', baseArgs({ business: 'Acme Ltd' }))).toThrow(/business/);
  });

  it('takes an international domain in punycode, top-level domain included (магазин.рф)', () => {
    expect(isZoneName('xn--80aaxitdbjk.xn--p1ai')).toBe(true);
    expect(isZoneName('shop.co.uk')).toBe(true);
    for (const bad of ['localhost', '203.0.113.7', 'acme.example.', 'xn--p1ai', 'acme.xn--']) expect(isZoneName(bad), bad).toBe(false);
  });
});
