/** The monthly cost estimate from the dated price table: exact sums on a small hand-made plan. */
import { describe, expect, it } from 'vitest';
import { costLine, estimateCost } from '../../../../generators/plan/cost/estimate';
import { PRICES_CHECKED } from '../../../../generators/plan/cost/prices';
import type { PlanResource } from '../../../../generators/plan/types';

const res = (type: string, name: string, inputs: PlanResource['inputs'] = {}): PlanResource => ({
  urn: `urn:${name}`,
  type,
  name,
  parent: '',
  provider: '',
  custom: true,
  inputs,
});

describe('estimateCost', () => {
  it('prices zones, health checks by their features, alarms, metrics, keys and the Cloudflare plan', () => {
    const cost = estimateCost([
      res('aws:route53/zone:Zone', 'z'),
      res('aws:route53/healthCheck:HealthCheck', 'plain', { type: 'HTTP', requestInterval: 30 }),
      res('aws:route53/healthCheck:HealthCheck', 'rich', { type: 'HTTPS_STR_MATCH', requestInterval: 10 }),
      res('aws:cloudwatch/metricAlarm:MetricAlarm', 'a1', { namespace: 'AWS/Route53' }),
      res('aws:cloudwatch/metricAlarm:MetricAlarm', 'a2', { namespace: 'PlanB/Probes' }),
      res('aws:s3/bucketMetric:BucketMetric', 'm'),
      res('aws:kms/key:Key', 'k'),
      res('cloudflare:index/zoneSubscription:ZoneSubscription', 's', { ratePlan: { id: 'business' } }),
      res('cloudflare:index/loadBalancer:LoadBalancer', 'lb'),
      res('aws:lambda/function:Function', 'usage-priced'),
    ]);
    expect(cost.items).toEqual([
      { what: 'Route 53 hosted zones', count: 1, monthly: 0.5 },
      // 0.75 + (0.75 + 3 features x 2.00)
      { what: 'Route 53 health checks (with HTTPS, string matching, fast interval where used)', count: 2, monthly: 7.5 },
      { what: 'CloudWatch alarms', count: 2, monthly: 0.2 },
      { what: 'S3 request metrics (the missed-backup alarms)', count: 1, monthly: 4.8 },
      { what: 'Probe metrics', count: 1, monthly: 0.3 },
      { what: 'KMS keys (alert topics)', count: 1, monthly: 1 },
      { what: 'Cloudflare business plan', count: 1, monthly: 250 },
      { what: 'Cloudflare Load Balancing', count: 1, monthly: 5 },
    ]);
    expect(cost.monthly).toBe(269.3);
    expect(costLine(cost)).toBe(
      `Estimated cost: 269.30 USD a month (list prices checked ${PRICES_CHECKED}; usage-priced services and backup storage not included)`,
    );
  });

  it("prices the probe's runs by its schedule: one PutMetricData request a run, a month of 730 hours", () => {
    const probes: PlanResource = { ...res('planb:probes:Probes', 'probes'), custom: false };
    const rule = (name: string, every: string): PlanResource => ({
      ...res('aws:cloudwatch/eventRule:EventRule', name, { scheduleExpression: every }),
      parent: probes.urn,
    });
    const cost = estimateCost([
      probes,
      rule('probes-schedule', 'rate(1 minute)'),
      rule('probes-schedule-2', 'rate(5 minutes)'),
      res('aws:cloudwatch/eventRule:EventRule', 'other', { scheduleExpression: 'rate(1 minute)' }),
    ]);
    // (43,800 + 8,760) requests x 0.01 USD per 1,000
    expect(cost.items).toEqual([
      { what: 'Probe runs (one PutMetricData request each; the Lambda time stays in its free tier)', count: 2, monthly: 0.53 },
    ]);
  });

  it('is zero, with no lines, for a stack of usage-priced resources only', () => {
    expect(estimateCost([res('aws:sns/topic:Topic', 't')])).toMatchObject({ monthly: 0, items: [] });
  });
});
