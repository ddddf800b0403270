/**
 * What the stack guarantees about every plan, checked on all the examples: explicit providers
 * everywhere, Route 53 alarms and CloudFront certificates in us-east-1, replicas in the replica
 * region, every alarm routed to a topic, and the planb:* tags.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanResource } from '../../generators/plan/index';
import { EXAMPLES, planExample } from './plan-helpers';

const plans = new Map<string, Plan>();
async function plan(name: string): Promise<Plan> {
  const cached = plans.get(name);
  if (cached !== undefined) return cached;
  const p = await planExample(name);
  plans.set(name, p);
  return p;
}

const byType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);

describe.each(EXAMPLES)('%s', (name) => {
  it('gives every cloud resource an explicit provider', async () => {
    const custom = (await plan(name)).resources.filter((r) => r.custom && !r.type.startsWith('pulumi:providers:'));
    expect(custom.filter((r) => r.provider === '').map((r) => r.name)).toEqual([]);
  });

  it('declares the four providers, with regions from the blueprint', async () => {
    const providers = (await plan(name)).resources.filter((r) => r.type.startsWith('pulumi:providers:'));
    expect(providers.map((r) => r.name).sort()).toEqual(['aws-primary', 'aws-replica', 'aws-us-east-1', 'cloudflare']);
    expect(providers.find((r) => r.name === 'aws-us-east-1')?.inputs['region']).toBe('us-east-1');
    expect(providers.find((r) => r.name === 'aws-primary')?.inputs['region']).toBe('eu-central-1');
  });

  it('puts Route 53 health alarms and certificates in us-east-1, replicas in the replica region', async () => {
    const p = await plan(name);
    // Route 53 health alarms and the probe's alarms (the probe runs beside the alerts-health topics).
    const healthAlarms = byType(p, 'aws:cloudwatch/metricAlarm:MetricAlarm').filter(
      (r) => r.name.startsWith('health-') || r.name.startsWith('probes-'),
    );
    expect(healthAlarms.length).toBeGreaterThan(0);
    for (const a of healthAlarms) expect(a.provider).toBe('aws-us-east-1');
    for (const c of byType(p, 'aws:acm/certificate:Certificate')) expect(c.provider).toBe('aws-us-east-1');
    const replicas = byType(p, 'aws:s3/bucket:Bucket').filter((r) => r.name.endsWith('-replica'));
    expect(replicas.length).toBeGreaterThan(0);
    for (const r of replicas) expect(r.provider).toBe('aws-replica');
  });

  it('lets the pager hear every watch alarm by its name prefix, with no SNS action to pay for', async () => {
    const p = await plan(name);
    const rule = p.resources.find((r) => r.type === 'aws:cloudwatch/eventRule:EventRule' && r.name === 'alerts-events');
    const prefixes = (JSON.parse(rule?.inputs['eventPattern'] as string).detail.alarmName as { prefix: string }[]).map((x) => x.prefix);
    const watches = byType(p, 'aws:cloudwatch/metricAlarm:MetricAlarm').filter((a) => !a.name.startsWith('alerts-'));
    expect(watches.length).toBeGreaterThan(0);
    for (const a of watches) {
      expect(
        prefixes.some((x) => (a.inputs['name'] as string).startsWith(x)),
        `${a.name} is matched by ${prefixes.join(', ')}`,
      ).toBe(true);
      expect(a.inputs['alarmActions'], a.name).toBeUndefined();
    }
    // The pager's own failure alarms are the exception: they page over plain SNS, past the pager.
    for (const a of byType(p, 'aws:cloudwatch/metricAlarm:MetricAlarm').filter((x) => x.name.startsWith('alerts-'))) {
      expect((a.inputs['alarmActions'] as string[]).length, a.name).toBe(1);
    }
    expect(p.resources.filter((r) => r.type === 'aws:sns/topic:Topic').map((r) => r.name)).toEqual(['alerts-failing']);
  });

  it('tags every taggable AWS resource with the business and component', async () => {
    const p = await plan(name);
    for (const r of p.resources.filter((x) => x.custom && x.inputs['tags'] !== undefined)) {
      const tags = r.inputs['tags'] as Record<string, string>;
      expect(tags['planb:business'], r.name).toBe(p.business);
      expect(tags['planb:component'], r.name).toBeTruthy();
    }
  });
});
