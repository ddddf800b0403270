/**
 * PF008: SMS pages and the account's SMS state, per region. A new AWS account sends SMS only to
 * verified numbers (the SMS sandbox) and has a monthly SMS spend limit of 1 USD; both are per
 * region, and the offline plan cannot see them. SMS leaves AWS two ways in a Plan B stack: the
 * pager function publishes pages straight to people's numbers (SNS Publish, from the pager's
 * region), and the "pager failing" topic has SMS subscriptions. One warning per region that sends
 * either, at the alerts section, so nobody learns it from a page that never came.
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const PAGER = 'planb:alerts:AlertRouting';

interface SmsFromRegion {
  /** People the pager may page by SMS from this region. */
  people: number;
  subscriptions: PlanResource[];
  /** Where to point: the first subscription, or the pager's function. */
  at: PlanResource;
}

/** `smsPeople`: how many people the pager may page by SMS (runtime/config.ts reach of kind sms or phone). */
export function checkSms(resources: readonly PlanResource[], locator: ResourceLocator, smsPeople: number): PreflightFinding[] {
  const regionOf = new Map(resources.filter((r) => r.type === 'pulumi:providers:aws').map((p) => [p.name, String(p.inputs['region'])]));
  const region = (r: PlanResource) => regionOf.get(r.provider) ?? 'the default region';
  const byRegion = new Map<string, SmsFromRegion>();
  const entry = (r: PlanResource) => {
    let e = byRegion.get(region(r));
    if (e === undefined) byRegion.set(region(r), (e = { people: 0, subscriptions: [], at: r }));
    return e;
  };
  // The pager's functions share one region; its people are counted once there.
  const pager = resources.find((r) => r.type === 'aws:lambda/function:Function' && r.parent.includes(PAGER));
  if (pager !== undefined && smsPeople > 0) entry(pager).people = smsPeople;
  for (const r of resources) {
    if (r.type === 'aws:sns/topicSubscription:TopicSubscription' && r.inputs['protocol'] === 'sms') entry(r).subscriptions.push(r);
  }
  return [...byRegion]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([name, e]) => ({
      code: 'PF008',
      severity: 'warning' as const,
      message:
        `SMS goes out from ${name} to ${recipients(e)}: a new account there sends SMS only to verified ` +
        'numbers and spends at most 1 USD a month on SMS; request production access and raise the spend limit in that region before relying on SMS pages',
      resource: '',
      location: locator.of(e.subscriptions[0] ?? e.at),
      rule: 'Amazon SNS SMS sandbox and monthly SMS spend quota, per account and region',
      doc: 'https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html',
    }));
}

function recipients(e: SmsFromRegion): string {
  const n = e.subscriptions.length;
  return [
    ...(e.people > 0 ? [`${e.people} ${e.people === 1 ? 'person' : 'people'} the pager pages`] : []),
    ...(n > 0 ? [`${n} ${n === 1 ? 'subscriber' : 'subscribers'} of the "pager failing" topic`] : []),
  ].join(' and ');
}
