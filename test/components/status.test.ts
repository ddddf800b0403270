import { beforeAll, describe, expect, it } from 'vitest';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import { StatusPage, type StatusPageArgs, checkStatusPageArgs, placeholderStatusPage } from '../../components/status';
import type { PolicyDocument } from '../../components/common/policy';

let log: ResourceLog;
let euw3: aws.Provider;
let use1: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  euw3 = new aws.Provider('euw3', { region: 'eu-west-3' });
  use1 = new aws.Provider('use1', { region: 'us-east-1' });
});

const components = [
  { id: 'shop', name: 'Online shop', alarmNames: ['shop-down'] },
  { id: 'backups', name: 'Backups', alarmNames: ['backup-late', 'shop-down'] },
];

function args(overrides: Partial<StatusPageArgs> = {}): StatusPageArgs {
  return {
    business: 'acme',
    domain: 'acme.example',
    html: placeholderStatusPage('Acme status', components),
    components,
    alarmRegion: 'us-east-1',
    certificateProvider: use1,
    bucketRegion: 'eu-west-3',
    ...overrides,
  };
}

async function build(name: string, a: StatusPageArgs): Promise<StatusPage> {
  // The bucket's region through opts.providers, as a Pulumi user passes it.
  const p = new StatusPage(name, a, { providers: { aws: euw3 } });
  await resolve(p.distributionDomainName);
  await resolve(p.validationRecords);
  await settle();
  return p;
}

/** The site bucket's physical name: its logical name and a stable hash (physicalNames). */
function siteBucket(component: string): string {
  const bucket = log.named(`${component}-site`).inputs['bucket'] as string;
  expect(bucket).toMatch(new RegExp(`^${component}-site-[0-9a-f]{8}$`));
  return bucket;
}

describe('StatusPage', () => {
  it('builds a private bucket behind CloudFront with OAC and a us-east-1 certificate', async () => {
    const page = await build('s1', args());
    expect(page.url).toBe('https://status.acme.example/');
    expect(log.named('s1-site-pab').inputs).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(providerName(log.named('s1-site').provider)).toBe('euw3');
    const cert = log.named('s1-cert');
    expect(cert.inputs).toMatchObject({ domainName: 'status.acme.example', validationMethod: 'DNS' });
    expect(providerName(cert.provider)).toBe('use1');
    expect(providerName(log.named('s1-cert-validation').provider)).toBe('use1');
    expect(log.named('s1-oac').inputs).toMatchObject({
      originAccessControlOriginType: 's3',
      signingBehavior: 'always',
      signingProtocol: 'sigv4',
    });
    const cdn = log.named('s1-cdn').inputs;
    expect(cdn['aliases']).toEqual(['status.acme.example']);
    expect(cdn['origins'][0]).toMatchObject({
      originAccessControlId: 's1-oac-id',
      domainName: `${siteBucket('s1')}.s3.eu-central-1.amazonaws.com`,
    });
    expect(cdn['defaultCacheBehavior'].viewerProtocolPolicy).toBe('redirect-to-https');
    expect(cdn['orderedCacheBehaviors'][0]).toMatchObject({
      pathPattern: 'status.json',
      cachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    });
    expect(cdn['viewerCertificate']).toMatchObject({ sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' });
    const pol = JSON.parse(log.named('s1-site-policy').inputs['policy'] as string) as PolicyDocument;
    expect(pol.Statement.map((s) => s.Effect)).toEqual(['Deny', 'Allow']);
    expect(pol.Statement[1]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Condition: { StringEquals: { 'AWS:SourceArn': 'arn:aws:mock:::aws:cloudfront/distribution:Distribution/s1-cdn' } },
    });
    expect(log.named('s1-index').inputs).toMatchObject({ key: 'index.html', contentType: 'text/html; charset=utf-8' });
    expect(await resolve(page.validationRecords)).toEqual([
      { name: '_abc.status.acme.example.', type: 'CNAME', value: '_xyz.acm-validations.aws.' },
    ]);
  });

  it('has no function of its own: it hands the pager a feed naming status.json, the bucket and the alarms', async () => {
    const page = await build('s2', args());
    const own = log.all.filter((r) => r.name.startsWith('s2-'));
    for (const type of ['aws:lambda/function:Function', 'aws:iam/role:Role', 'aws:cloudwatch/eventRule:EventRule']) {
      expect(own.filter((r) => r.type === type).map((r) => r.name)).toEqual([]);
    }
    expect(own.map((r) => r.name).filter((n) => n.includes('ownership') || n.includes('sse'))).toEqual([]);
    expect(page.feed).toMatchObject({ key: 'status.json', bucketRegion: 'eu-west-3', alarmRegion: 'us-east-1', components });
    expect(await resolve(page.feed.bucketName as never)).toBe(siteBucket('s2'));
  });

  it('creates DNS records only when zones are given', async () => {
    await build('s3', args());
    expect(log.all.filter((r) => r.name.startsWith('s3-') && (r.type.includes('route53') || r.type.includes('dnsRecord')))).toEqual([]);
    await build('s4', args({ dns: { route53ZoneId: 'Z1', cloudflareZoneId: 'cfz' } }));
    expect(log.named('s4-record-r53').inputs).toMatchObject({
      name: 'status.acme.example',
      type: 'CNAME',
      records: ['d111.cloudfront.net'],
    });
    expect(log.named('s4-record-cf').inputs).toMatchObject({
      name: 'status.acme.example',
      type: 'CNAME',
      content: 'd111.cloudfront.net',
      proxied: false,
    });
    expect(log.named('s4-validation-r53').inputs).toMatchObject({
      name: '_abc.status.acme.example.',
      records: ['_xyz.acm-validations.aws.'],
    });
    expect(log.named('s4-validation-cf').inputs).toMatchObject({ name: '_abc.status.acme.example', content: '_xyz.acm-validations.aws' });
    expect(log.named('s4-cert-validation').inputs['validationRecordFqdns']).toHaveLength(2);
  });

  it("takes the bucket's and both zones' providers from opts.providers; only the certificate's us-east-1 is an argument", async () => {
    const cf = new cloudflare.Provider('cfs', { apiToken: 'unused' });
    const page = new StatusPage('sp', args({ dns: { route53ZoneId: 'Z1', cloudflareZoneId: 'cfz' } }), {
      providers: { aws: euw3, cloudflare: cf },
    });
    await resolve(page.distributionDomainName);
    await settle();
    expect(providerName(log.named('sp-site').provider)).toBe('euw3');
    expect(providerName(log.named('sp-record-r53').provider)).toBe('euw3');
    expect(providerName(log.named('sp-record-cf').provider)).toBe('cfs');
    expect(providerName(log.named('sp-cert').provider)).toBe('use1');
  });

  it('the placeholder page is accessible and fetches nothing but status.json', () => {
    const html = placeholderStatusPage('Acme <status>', components);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('Acme &lt;status&gt;');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/fetch\('([^']+)'/)?.[1]).toBe('status.json');
  });
});

describe('status page checks', () => {
  it.each([
    [{ domain: 'not a domain' }, /domain/],
    [{ components: [] }, /components: empty/],
    [{ components: [components[0]!, components[0]!] }, /appears more than once/],
    [{ components: [{ id: 'x', name: 'X', alarmNames: [] }] }, /alarmNames: empty/],
    [{ html: '<p>static</p>' }, /status.json/],
  ])('rejects %o', (bad, message) => {
    expect(() => checkStatusPageArgs(args(bad as Partial<StatusPageArgs>))).toThrow(message);
  });
});
