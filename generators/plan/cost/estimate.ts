/**
 * The stack's monthly cost, estimated from the plan and the dated price table: one line per kind
 * of priced resource. Pure: the same plan gives the same estimate.
 */
import type { CostEstimate, CostItem, PlanResource } from '../types';
import { PRICES, PRICES_CHECKED, PRICES_CURRENCY } from './prices';

export type { CostEstimate, CostItem } from '../types';

export function estimateCost(resources: readonly PlanResource[]): CostEstimate {
  const of = (type: string) => resources.filter((r) => r.type === type);
  const items: CostItem[] = [];
  const add = (what: string, count: number, monthly: number): void => {
    if (count > 0) items.push({ what, count, monthly: round(monthly) });
  };
  add('Route 53 hosted zones', of('aws:route53/zone:Zone').length, of('aws:route53/zone:Zone').length * PRICES.route53Zone);
  const checks = of('aws:route53/healthCheck:HealthCheck');
  add(
    'Route 53 health checks (with HTTPS, string matching, fast interval where used)',
    checks.length,
    checks.reduce((n, c) => n + healthCheckPrice(c), 0),
  );
  const alarms = of('aws:cloudwatch/metricAlarm:MetricAlarm').length;
  add('CloudWatch alarms', alarms, alarms * PRICES.cloudwatchAlarm);
  const filters = of('aws:s3/bucketMetric:BucketMetric').length;
  add('S3 request metrics (the missed-backup alarms)', filters, filters * PRICES.s3RequestMetricsPerFilter * PRICES.cloudwatchMetric);
  const probed = of('aws:cloudwatch/metricAlarm:MetricAlarm').filter((a) => a.inputs['namespace'] === 'PlanB/Probes').length;
  add('Probe metrics', probed, probed * PRICES.cloudwatchMetric);
  const probes = new Set(of('planb:probes:Probes').map((c) => c.urn));
  const runs = of('aws:cloudwatch/eventRule:EventRule').filter((r) => probes.has(r.parent));
  const calls = runs.reduce((n, r) => n + runsPerMonth(String(r.inputs['scheduleExpression'])), 0);
  add(
    'Probe runs (one PutMetricData request each; the Lambda time stays in its free tier)',
    runs.length,
    (calls / 1000) * PRICES.cloudwatchApiPer1000,
  );
  add('KMS keys (alert topics)', of('aws:kms/key:Key').length, of('aws:kms/key:Key').length * PRICES.kmsKey);
  for (const sub of of('cloudflare:index/zoneSubscription:ZoneSubscription')) {
    const plan = (sub.inputs['ratePlan'] as { id?: string } | null)?.id;
    add(`Cloudflare ${plan} plan`, 1, plan === 'business' ? PRICES.cloudflareBusiness : PRICES.cloudflarePro);
  }
  if (of('cloudflare:index/loadBalancer:LoadBalancer').length > 0) add('Cloudflare Load Balancing', 1, PRICES.cloudflareLoadBalancing);
  return { prices: PRICES_CHECKED, currency: PRICES_CURRENCY, monthly: round(items.reduce((n, i) => n + i.monthly, 0)), items };
}

function healthCheckPrice(check: PlanResource): number {
  const type = String(check.inputs['type']);
  const features = [type.startsWith('HTTPS'), type.endsWith('STR_MATCH'), check.inputs['requestInterval'] === 10].filter(Boolean).length;
  return PRICES.route53HealthCheck + features * PRICES.route53HealthCheckFeature;
}

/** A month of 730 hours, as AWS prices a month. */
function runsPerMonth(expression: string): number {
  const m = /^rate\((\d+) minutes?\)$/.exec(expression);
  return m === null ? 0 : (730 * 60) / Number(m[1]);
}

function round(usd: number): number {
  return Math.round(usd * 100) / 100;
}

export function costLine(cost: CostEstimate): string {
  return `Estimated cost: ${cost.monthly.toFixed(2)} ${cost.currency} a month (list prices checked ${cost.prices}; usage-priced services and backup storage not included)`;
}
