/**
 * PF008: SMS pages and the account's SMS state, per region. A new AWS account sends SMS only to
 * verified numbers (the SMS sandbox) and has a monthly SMS spend limit of 1 USD; both are per
 * region, and the offline plan cannot see them. One warning per region that has SMS subscriptions,
 * at the alerts section, so nobody learns it from a page that never came.
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

export function checkSms(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const regionOf = new Map(resources.filter((r) => r.type === 'pulumi:providers:aws').map((p) => [p.name, String(p.inputs['region'])]));
  const byRegion = new Map<string, PlanResource[]>();
  for (const r of resources) {
    if (r.type !== 'aws:sns/topicSubscription:TopicSubscription' || r.inputs['protocol'] !== 'sms') continue;
    const region = regionOf.get(r.provider) ?? 'the default region';
    byRegion.set(region, [...(byRegion.get(region) ?? []), r]);
  }
  return [...byRegion]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([region, subs]) => ({
      code: 'PF008',
      severity: 'warning' as const,
      message:
        `${subs.length} SMS subscription${subs.length === 1 ? ' sends' : 's send'} from ${region}: a new account there sends SMS only to verified ` +
        'numbers and spends at most 1 USD a month on SMS; request production access and raise the spend limit in that region before relying on SMS pages',
      resource: '',
      location: locator.of(subs[0] as PlanResource),
      rule: 'Amazon SNS SMS sandbox and monthly SMS spend quota, per account and region',
      doc: 'https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html',
    }));
}
