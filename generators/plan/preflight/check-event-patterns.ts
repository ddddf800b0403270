/**
 * PF009: an EventBridge rule's event pattern within 2,048 characters, EventBridge's default
 * quota ("Event pattern size"; adjustable to 4,096 through Service Quotas, and the AWS provider
 * refuses longer patterns before asking). A pattern that lists every alarm by name grows with the
 * business; Plan B matches name prefixes, and this catches a pattern that grew anyway.
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

export const MAX_EVENT_PATTERN = 2048;

export function checkEventPatterns(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  return resources
    .filter(
      (r) =>
        r.type === 'aws:cloudwatch/eventRule:EventRule' &&
        typeof r.inputs['eventPattern'] === 'string' &&
        (r.inputs['eventPattern'] as string).length > MAX_EVENT_PATTERN,
    )
    .map((r) => ({
      code: 'PF009',
      severity: 'error' as const,
      message: `${r.name}: its event pattern is ${(r.inputs['eventPattern'] as string).length} characters; EventBridge accepts ${MAX_EVENT_PATTERN} unless the account's quota was raised (at most 4,096): match fewer, shorter alarm-name prefixes`,
      resource: r.name,
      location: locator.of(r),
      rule: 'EventBridge event pattern size: 2,048 characters by default',
      doc: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html',
    }));
}
