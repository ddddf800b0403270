import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { type ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import {
  MAX_TARGETS_PER_FUNCTION,
  Probes,
  type ProbesArgs,
  type ProbeTarget,
  alarmShape,
  checkTarget,
  checkTargets,
  environmentJson,
  probeHandlerSource,
  shardTargets,
  windowPeriod,
} from '../../components/probes';

let log: ResourceLog;
let use1: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  use1 = new aws.Provider('use1', { region: 'us-east-1' });
});

const orders: ProbeTarget = {
  id: 'business-orders',
  check: {
    kind: 'business',
    url: 'https://shop.example/api/orders',
    field: 'orders.lastHour',
    floor: 1,
    windowSeconds: 3600,
    activeHours: '09:00-23:00',
  },
  alarmTopicArn: 'arn:warning',
  description: 'Orders in the last hour',
  process: 'take-orders',
};
const cert: ProbeTarget = {
  id: 'tls-shop',
  check: { kind: 'tls', host: 'shop.example', port: 443, minDays: 21 },
  alarmTopicArn: 'arn:warning',
};
const domain: ProbeTarget = {
  id: 'domain-shop-example',
  check: { kind: 'domain', expires: '2027-08-14', minDays: 60 },
  alarmTopicArn: 'arn:info',
};
const agree: ProbeTarget = {
  id: 'dns-www',
  check: {
    kind: 'dns',
    name: 'www.shop.example',
    rrtype: 'CNAME',
    providers: { cloudflare: pulumi.output(['ada.ns.cloudflare.com']), route53: ['ns-1.awsdns-01.org'] },
  },
  alarmTopicArn: 'arn:critical',
};

function args(overrides: Partial<ProbesArgs> = {}): ProbesArgs {
  return { business: 'acme', targets: [orders, cert, domain, agree], timeZone: 'Europe/Moscow', ...overrides };
}

async function build(name: string, a: ProbesArgs): Promise<Probes> {
  const p = new Probes(name, a, { providers: { aws: use1 } });
  await Promise.all(Object.values(p.alarmArns).map(resolve));
  await settle();
  return p;
}

const mine = (prefix: string) => log.all.filter((r) => r.name.startsWith(`${prefix}-`));

describe('Probes', () => {
  it('creates the Lambda, its role, logs and schedule, and one alarm per target, all in the given region', async () => {
    const p = await build('p1', args());
    expect(log.names().filter((n) => n.startsWith('p1-'))).toEqual([
      'p1-business-orders-alarm',
      'p1-dns-www-alarm',
      'p1-domain-shop-example-alarm',
      'p1-logs',
      'p1-policy',
      'p1-probe',
      'p1-role',
      'p1-schedule',
      'p1-schedule-invoke',
      'p1-schedule-target',
      'p1-tls-shop-alarm',
    ]);
    for (const r of mine('p1')) {
      expect(providerName(r.provider)).toBe('use1');
      expect(r.parent).toContain('planb:probes:Probes');
    }
    // No endpoint checks: every 5 minutes is enough.
    expect(log.named('p1-schedule').inputs['scheduleExpression']).toBe('rate(5 minutes)');
    expect(log.named('p1-logs').inputs).toMatchObject({ name: '/planb/acme/p1/probe', retentionInDays: 30 });
    const fn = log.named('p1-probe');
    expect(fn.inputs).toMatchObject({
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      loggingConfig: { logGroup: '/planb/acme/p1/probe' },
    });
    expect(fn.inputs['tags']).toMatchObject({ 'planb:business': 'acme', 'planb:component': 'p1' });
    const env = fn.inputs['environment'].variables;
    expect(env).toMatchObject({ BUSINESS: 'acme', TIME_ZONE: 'Europe/Moscow', SCHEDULE_MINUTES: '5' });
    expect(JSON.parse(env.TARGETS)).toEqual([
      {
        id: 'business-orders',
        kind: 'business',
        url: 'https://shop.example/api/orders',
        field: 'orders.lastHour',
        floor: 1,
        activeHours: '09:00-23:00',
      },
      { id: 'tls-shop', kind: 'tls', host: 'shop.example', port: 443 },
      { id: 'domain-shop-example', kind: 'domain', expires: '2027-08-14' },
      {
        id: 'dns-www',
        kind: 'dns',
        name: 'www.shop.example',
        rrtype: 'CNAME',
        providers: { cloudflare: ['ada.ns.cloudflare.com'], route53: ['ns-1.awsdns-01.org'] },
      },
    ]);
    expect(p.functionName).toBeDefined();
    expect(Object.keys(p.alarmNames).sort()).toEqual(['business-orders', 'dns-www', 'domain-shop-example', 'tls-shop']);
  });

  it('ships handler.js itself as the Lambda code', () => {
    expect(probeHandlerSource()).toBe(readFileSync('components/probes/handler.js', 'utf8'));
    expect(probeHandlerSource()).toContain("require('@aws-sdk/client-cloudwatch')");
  });

  it('lets the role put metrics only in PlanB/Probes and write only its own log group', async () => {
    await build('p2', args());
    const doc = JSON.parse(log.named('p2-policy').inputs['policy']);
    expect(doc.Statement).toEqual([
      {
        Sid: 'PutProbeMetrics',
        Effect: 'Allow',
        Action: 'cloudwatch:PutMetricData',
        Resource: '*',
        Condition: { StringEquals: { 'cloudwatch:namespace': 'PlanB/Probes' } },
      },
      {
        Sid: 'Logs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: 'arn:aws:mock:::aws:cloudwatch/logGroup:LogGroup/p2-logs:*',
      },
    ]);
    const trust = JSON.parse(log.named('p2-role').inputs['assumeRolePolicy']);
    expect(trust.Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
    expect(log.named('p2-schedule-invoke').inputs).toMatchObject({
      principal: 'events.amazonaws.com',
      sourceArn: 'arn:aws:mock:::aws:cloudwatch/eventRule:EventRule/p2-schedule',
    });
  });

  it('wires each alarm to its own topic, on its metric and threshold', async () => {
    await build('p3', args());
    const alarm = (id: string) => log.named(`p3-${id}-alarm`).inputs;
    for (const id of ['business-orders', 'tls-shop', 'domain-shop-example', 'dns-www']) {
      expect(alarm(id)).toMatchObject({
        namespace: 'PlanB/Probes',
        comparisonOperator: 'LessThanThreshold',
        dimensions: { Business: 'acme', Check: id },
      });
      expect(alarm(id)['okActions']).toEqual(alarm(id)['alarmActions']);
    }
    expect(alarm('business-orders')).toMatchObject({
      metricName: 'BusinessValue',
      statistic: 'Maximum',
      period: 3600,
      threshold: 1,
      treatMissingData: 'breaching',
      alarmActions: ['arn:warning'],
    });
    expect(alarm('business-orders')['tags']).toMatchObject({ 'planb:process': 'take-orders' });
    expect(alarm('tls-shop')).toMatchObject({
      metricName: 'TlsDaysLeft',
      threshold: 21,
      treatMissingData: 'missing',
      alarmActions: ['arn:warning'],
    });
    expect(alarm('domain-shop-example')).toMatchObject({ metricName: 'DomainDaysLeft', threshold: 60, alarmActions: ['arn:info'] });
    expect(alarm('dns-www')).toMatchObject({
      metricName: 'DnsConsistent',
      threshold: 1,
      evaluationPeriods: 2,
      treatMissingData: 'breaching',
      alarmActions: ['arn:critical'],
    });
  });

  it('watches endpoints every minute, one Up alarm each, down after as many bad minutes as the Route 53 check allowed failures', async () => {
    const web: ProbeTarget = {
      id: 'up-shop',
      check: { kind: 'http', url: 'https://shop.example:443/health', searchString: 'ok', failures: 3 },
      alarmTopicArn: 'arn:critical',
    };
    const line: ProbeTarget = {
      id: 'up-office',
      check: { kind: 'tcp', host: '203.0.113.10', port: 1194, failures: 2 },
      alarmTopicArn: 'arn:warning',
    };
    await build('p6', args({ targets: [web, line, cert] }));
    expect(log.named('p6-schedule').inputs['scheduleExpression']).toBe('rate(1 minute)');
    const fn = log.named('p6-probe').inputs['environment'].variables;
    expect(fn.SCHEDULE_MINUTES).toBe('1');
    expect(JSON.parse(fn.TARGETS).slice(0, 2)).toEqual([
      { id: 'up-shop', kind: 'http', url: 'https://shop.example:443/health', searchString: 'ok' },
      { id: 'up-office', kind: 'tcp', host: '203.0.113.10', port: 1194 },
    ]);
    expect(log.named('p6-up-shop-alarm').inputs).toMatchObject({
      metricName: 'Up',
      statistic: 'Minimum',
      period: 60,
      evaluationPeriods: 3,
      threshold: 1,
      treatMissingData: 'breaching',
      alarmActions: ['arn:critical'],
    });
    expect(log.named('p6-up-office-alarm').inputs).toMatchObject({ metricName: 'Up', evaluationPeriods: 2, alarmActions: ['arn:warning'] });
    expect(() => checkTarget({ ...web, check: { kind: 'http', url: 'ftp://x', failures: 3 } })).toThrow(/must be an http/);
    expect(() => checkTarget({ ...line, check: { kind: 'tcp', host: 'x', port: 1, failures: 11 } })).toThrow(/failures: 11/);
  });

  it('spreads many targets over as few functions as the 4 KB environment allows, one log group and role for all', async () => {
    const many: ProbeTarget[] = Array.from({ length: 120 }, (_, i) => ({
      id: `up-endpoint-${i}`,
      check: { kind: 'http', url: `https://service-${i}.example.com/health`, searchString: 'ok', failures: 3 },
      alarmTopicArn: 'arn:critical',
    }));
    const shards = shardTargets(many);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.flat()).toEqual(many);
    for (const s of shards) expect(s.length).toBeLessThanOrEqual(MAX_TARGETS_PER_FUNCTION);
    await build('p7', args({ targets: many }));
    const fns = log.ofType('aws:lambda/function:Function').filter((r) => r.name.startsWith('p7-'));
    expect(fns.map((f) => f.name)).toEqual(['p7-probe', ...shards.slice(1).map((_, i) => `p7-probe-${i + 2}`)]);
    for (const f of fns) {
      const vars = f.inputs['environment'].variables as Record<string, string>;
      expect(Object.entries(vars).reduce((n, [k, v]) => n + k.length + v.length, 0)).toBeLessThanOrEqual(4096);
      expect(f.inputs['loggingConfig'].logGroup).toBe('/planb/acme/p7/probe');
    }
    expect(log.names('aws:cloudwatch/eventRule:EventRule').filter((n) => n.startsWith('p7-'))).toEqual(
      ['p7-schedule', ...shards.slice(1).map((_, i) => `p7-schedule-${i + 2}`)].sort(),
    );
    expect(log.names('aws:iam/role:Role').filter((n) => n.startsWith('p7-'))).toEqual(['p7-role']);
  });

  it('creates nothing without targets', async () => {
    const p = await build('p4', args({ targets: [] }));
    expect(mine('p4')).toEqual([]);
    expect(p.functionName).toBeUndefined();
    expect(p.alarmNames).toEqual({});
  });

  it('keeps names stable when a target is added or edited', async () => {
    await build(
      'p5',
      args({
        targets: [
          { ...cert, id: 'tls-api' },
          { ...domain, check: { kind: 'domain', expires: '2030-01-01', minDays: 30 } },
        ],
      }),
    );
    expect(log.names().filter((n) => n.endsWith('-alarm') && n.startsWith('p5-'))).toEqual([
      'p5-domain-shop-example-alarm',
      'p5-tls-api-alarm',
    ]);
  });

  it('refuses targets that would not fit the Lambda environment, naming the fix', () => {
    const one = { id: 'business-0', kind: 'business' as const, url: `https://shop.example/api/${'x'.repeat(80)}`, floor: 1 };
    expect(() => environmentJson(Array.from({ length: 30 }, (_, i) => ({ ...one, id: `business-${i}` })))).toThrow(
      /4 KB environment; split them/,
    );
    expect(JSON.parse(environmentJson([one]))).toEqual([one]);
  });
});

describe('probe target checks', () => {
  it.each([
    [{ id: 'has space' }, /id/],
    [{ check: { kind: 'tls', host: 'a', port: 0, minDays: 3 } }, /port/],
    [{ check: { kind: 'tls', host: 'a', port: 443, minDays: 0 } }, /minDays/],
    [{ check: { kind: 'domain', expires: '14.08.2027', minDays: 30 } }, /YYYY-MM-DD/],
    [{ check: { kind: 'business', url: 'ftp://x', floor: 1, windowSeconds: 60 } }, /http/],
    [{ check: { kind: 'business', url: 'https://x', floor: 1, windowSeconds: 60, activeHours: '9-23' } }, /activeHours/],
    [{ check: { kind: 'dns', name: 'x', rrtype: 'A', providers: { cloudflare: [] } } }, /two providers/],
  ])('rejects %o', (bad, message) => {
    expect(() => checkTarget({ ...cert, ...(bad as Partial<ProbeTarget>) })).toThrow(message);
  });

  it('rejects duplicate ids', () => {
    expect(() => checkTargets([cert, cert])).toThrow(/"tls-shop" appears more than once/);
  });

  it('rounds a business window up to whole 5-minute runs, within a day', () => {
    expect([windowPeriod(60), windowPeriod(3600), windowPeriod(3700), windowPeriod(7 * 86400)]).toEqual([300, 3600, 3900, 86400]);
    expect(alarmShape({ kind: 'business', url: 'https://x', floor: 3, windowSeconds: 7200 })).toMatchObject({ period: 7200, threshold: 3 });
  });
});
