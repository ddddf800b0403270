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
    const findings = checkSms(resources, locator(resources), 0);
    expect(findings.map((f) => [f.code, f.severity, f.message.split(':')[0]])).toEqual([
      ['PF008', 'warning', 'SMS goes out from eu-central-1 to 2 subscribers of the "pager failing" topic'],
      ['PF008', 'warning', 'SMS goes out from us-east-1 to 1 subscriber of the "pager failing" topic'],
    ]);
  });

  it('says nothing without SMS', () => {
    const resources = [provider('aws-primary', 'eu-central-1'), ...subs(3, 'email', 'aws-primary')];
    expect(checkSms(resources, locator(resources), 0)).toEqual([]);
  });

  it("counts the people the pager pages by SMS in the pager's region, with no subscription at all", () => {
    const pager: PlanResource = {
      urn: 'urn:pulumi:s::p::planb:alerts:AlertRouting$aws:lambda/function:Function::alerts-alarm',
      type: 'aws:lambda/function:Function',
      name: 'alerts-alarm',
      parent: 'urn:pulumi:s::p::planb:alerts:AlertRouting::alerts',
      provider: 'aws-primary',
      custom: true,
      inputs: {},
    };
    const resources = [provider('aws-primary', 'eu-central-1'), pager, ...subs(1, 'sms', 'aws-primary')];
    expect(checkSms(resources, locator(resources), 3).map((f) => f.message.split(':')[0])).toEqual([
      'SMS goes out from eu-central-1 to 3 people the pager pages and 1 subscriber of the "pager failing" topic',
    ]);
    expect(checkSms(resources.slice(0, 2), locator(resources.slice(0, 2)), 0)).toEqual([]);
  });
});
