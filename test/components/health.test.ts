import { beforeAll, describe, expect, it } from 'vitest';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import { type EndpointSpec, HealthChecks, type HealthChecksArgs, checkEndpoint, checkEndpoints } from '../../components/health';

let log: ResourceLog;
let use1: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  use1 = new aws.Provider('use1', { region: 'us-east-1' });
});

const shop: EndpointSpec = {
  id: 'shop',
  type: 'HTTPS_STR_MATCH',
  fqdn: 'shop.acme.example',
  port: 443,
  path: '/health',
  searchString: 'ok',
  failureThreshold: 3,
  requestInterval: 30,
  regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'],
  alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:critical',
  process: 'orders',
};
const mail: EndpointSpec = {
  ...shop,
  id: 'mail',
  type: 'TCP',
  port: 25,
  path: undefined,
  searchString: undefined,
  alarmTopicArn: 'arn:warning',
};

function args(overrides: Partial<HealthChecksArgs> = {}): HealthChecksArgs {
  return { business: 'acme', endpoints: [shop, mail], alarmProvider: use1, ...overrides };
}

async function build(name: string, a: HealthChecksArgs): Promise<HealthChecks> {
  const hc = new HealthChecks(name, a);
  await Promise.all(Object.values(hc.alarmArns).map(resolve));
  await settle();
  return hc;
}

describe('HealthChecks', () => {
  it("takes the health checks' and Cloudflare's providers from opts.providers; only the alarms' us-east-1 provider is an argument", async () => {
    const home = new aws.Provider('home', { region: 'eu-central-1' });
    const cf = new cloudflare.Provider('cfh', { apiToken: 'unused' });
    const hc = new HealthChecks('hp', args({ cloudflare: { zoneId: 'zone', plan: 'pro' } }), { providers: { aws: home, cloudflare: cf } });
    await resolve(hc.alarmArns['shop'] as never);
    await settle();
    expect(providerName(log.named('hp-shop').provider)).toBe('home');
    expect(providerName(log.named('hp-shop-cf').provider)).toBe('cfh');
    expect(providerName(log.named('hp-shop-alarm').provider)).toBe('use1');
  });

  it('gives an endpoint without a topic an alarm without actions (EventBridge hears its state changes)', async () => {
    const { alarmTopicArn: _none, ...quiet } = mail;
    await build('hq', args({ endpoints: [quiet] }));
    expect(log.named('hq-mail-alarm').inputs['alarmActions']).toBeUndefined();
    expect(log.named('hq-mail-alarm').inputs['okActions']).toBeUndefined();
  });

  it('creates one health check and one us-east-1 alarm per endpoint', async () => {
    const hc = await build('h1', args());
    expect(log.names().filter((n) => n.startsWith('h1-'))).toEqual(['h1-mail', 'h1-mail-alarm', 'h1-shop', 'h1-shop-alarm']);
    expect(log.named('h1-shop').type).toBe('aws:route53/healthCheck:HealthCheck');
    expect(log.named('h1-shop').inputs).toMatchObject({
      type: 'HTTPS_STR_MATCH',
      fqdn: 'shop.acme.example',
      port: 443,
      resourcePath: '/health',
      searchString: 'ok',
      enableSni: true,
      failureThreshold: 3,
      requestInterval: 30,
      regions: ['ap-southeast-1', 'eu-west-1', 'us-east-1'],
    });
    expect(log.named('h1-shop').inputs['tags']).toMatchObject({
      'planb:business': 'acme',
      'planb:component': 'h1',
      'planb:process': 'orders',
    });
    expect(log.named('h1-mail').inputs['resourcePath']).toBeUndefined();
    for (const alarm of log.ofType('aws:cloudwatch/metricAlarm:MetricAlarm').filter((r) => r.name.startsWith('h1-'))) {
      expect(providerName(alarm.provider)).toBe('use1');
      expect(alarm.inputs).toMatchObject({
        namespace: 'AWS/Route53',
        metricName: 'HealthCheckStatus',
        comparisonOperator: 'LessThanThreshold',
        threshold: 1,
      });
      expect(alarm.inputs['alarmActions']).toHaveLength(1);
      expect(alarm.inputs['okActions']).toEqual(alarm.inputs['alarmActions']);
      expect(alarm.parent).toContain('planb:health:HealthChecks');
    }
    expect(log.named('h1-shop-alarm').inputs['dimensions']).toEqual({ HealthCheckId: 'h1-shop-id' });
    expect(log.named('h1-mail-alarm').inputs['alarmActions']).toEqual(['arn:warning']);
    expect(log.named('h1-mail-alarm').inputs['okActions']).toEqual(['arn:warning']);
    expect(await resolve(hc.healthCheckIds['shop'] as never)).toBe('h1-shop-id');
    expect(Object.keys(hc.alarmNames).sort()).toEqual(['mail', 'shop']);
    expect(hc.cloudflareHealthCheckIds).toEqual({});
  });

  it('skips Cloudflare health checks on the free plan', async () => {
    await build('h2', args({ cloudflare: { zoneId: 'z', plan: 'free' } }));
    expect(log.all.filter((r) => r.name.startsWith('h2-') && r.type.startsWith('cloudflare:'))).toEqual([]);
  });

  it('adds Cloudflare health checks on Pro', async () => {
    const hc = await build('h3', args({ cloudflare: { zoneId: 'z', plan: 'pro' } }));
    const cf = log.named('h3-shop-cf');
    expect(cf.type).toBe('cloudflare:index/healthcheck:Healthcheck');
    expect(cf.inputs).toMatchObject({ zoneId: 'z', address: 'shop.acme.example', type: 'HTTPS', consecutiveFails: 3 });
    expect(cf.inputs['httpConfig']).toMatchObject({ path: '/health', port: 443, expectedBody: 'ok' });
    // Healthy means what it means to Route 53: any 2xx or 3xx, redirects not followed.
    expect(cf.inputs['httpConfig']).toMatchObject({ expectedCodes: ['2xx', '3xx'], followRedirects: false });
    expect(log.named('h3-mail-cf').inputs['tcpConfig']).toEqual({ method: 'connection_established', port: 25 });
    expect(Object.keys(hc.cloudflareHealthCheckIds).sort()).toEqual(['mail', 'shop']);
  });

  it('keeps names stable when another endpoint is added or changed', async () => {
    await build('h4', args({ endpoints: [{ ...shop, fqdn: 'new.acme.example' }, { ...mail, id: 'api', type: 'HTTPS', port: 443 }, mail] }));
    expect(log.names().filter((n) => n.startsWith('h4-'))).toEqual([
      'h4-api',
      'h4-api-alarm',
      'h4-mail',
      'h4-mail-alarm',
      'h4-shop',
      'h4-shop-alarm',
    ]);
  });
});

describe('endpoint checks', () => {
  it.each([
    [{ regions: ['us-east-1', 'eu-west-1'] }, /at least 3/],
    [{ regions: ['us-east-1', 'eu-west-1', 'eu-west-1'] }, /at least 3/],
    [{ regions: ['us-east-1', 'eu-west-1', 'eu-north-1'] }, /eu-north-1/],
    [{ searchString: undefined }, /searchString/],
    [{ type: 'HTTPS', searchString: 'x' }, /only HTTP_STR_MATCH and HTTPS_STR_MATCH/],
    [{ type: 'HTTP_STR_MATCH', searchString: undefined }, /HTTP_STR_MATCH needs 1\.\.255/],
    [{ type: 'TCP', searchString: undefined }, /path/],
    [{ failureThreshold: 11 }, /failureThreshold/],
    [{ requestInterval: 15 }, /requestInterval/],
    [{ port: 0 }, /port/],
    [{ id: 'has space' }, /id/],
  ])('rejects %o', (bad, message) => {
    expect(() => checkEndpoint({ ...shop, ...(bad as Partial<EndpointSpec>) })).toThrow(message);
  });

  it('rejects duplicate ids', () => {
    expect(() => checkEndpoints([shop, shop])).toThrow(/"shop" appears more than once/);
  });
});
