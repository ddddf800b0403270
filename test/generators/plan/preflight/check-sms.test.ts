/** PF008: one warning per region that sends SMS pages (sandbox and spend limit are per region). */
import { describe, expect, it } from 'vitest';
import { checkSms } from '../../../../generators/plan/preflight/check-sms';
import type { PlanResource } from '../../../../generators/plan/types';
import { locator, many } from './helpers';

const provider = (name: string, region: string): PlanResource => ({
  urn: `urn:${name}`,
  type: 'pulumi:providers:aws',
  name,
  parent: '',
  provider: '',
  custom: true,
  inputs: { region },
});
const subs = (n: number, protocol: string, via: string) =>
  many('aws:sns/topicSubscription:TopicSubscription', n, () => ({ protocol })).map((r) => (r.custom ? { ...r, provider: via } : r));

describe('checkSms', () => {
  it('warns once per region with SMS subscriptions, counting them', () => {
    const resources = [
      provider('aws-primary', 'eu-central-1'),
      provider('aws-us-east-1', 'us-east-1'),
      ...subs(2, 'sms', 'aws-primary'),
      ...subs(1, 'sms', 'aws-us-east-1'),
    ];
    const findings = checkSms(resources, locator(resources));
    expect(findings.map((f) => [f.code, f.severity, f.message.split(':')[0]])).toEqual([
      ['PF008', 'warning', '2 SMS subscriptions send from eu-central-1'],
      ['PF008', 'warning', '1 SMS subscription sends from us-east-1'],
    ]);
  });

  it('says nothing without SMS', () => {
    const resources = [provider('aws-primary', 'eu-central-1'), ...subs(3, 'email', 'aws-primary')];
    expect(checkSms(resources, locator(resources))).toEqual([]);
  });
});
