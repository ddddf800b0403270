/**
 * How alarms and time reach the pager, through EventBridge (no SNS filter, no state machine):
 *
 * - CloudWatch sends every alarm state change to the default event bus of the alarm's region as a
 *   "CloudWatch Alarm State Change" event. A rule there matches the alarms by name prefix and
 *   invokes the pager; what it cannot deliver goes to the failure queue.
 * - Route 53 health-check alarms live in us-east-1: a rule there forwards the same events to the
 *   pager region's default bus (a cross-region event-bus target, with a role allowed
 *   events:PutEvents on it), where the first rule matches them too. One pager, one table, one
 *   set of breakers, instead of a second pager per region.
 * - The tick is the same rule's schedule, every minute: an EventBridge rule may have both an
 *   event pattern and a schedule expression and then fires on either (EventBridge API Reference,
 *   PutRule), so one rule, one target and one permission serve the pager, which tells the two
 *   apart by the event's detail-type.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { childName } from '../common/names';
import { assumeRolePolicy, policy } from '../common/policy';
import type { Tags } from '../common/tags';

/** The tick's schedule: EventBridge's finest rate; stage waits are whole minutes or more. */
export const TICK_SCHEDULE = 'rate(1 minute)';

function invokeFrom(
  name: string,
  key: string,
  rule: aws.cloudwatch.EventRule,
  fn: aws.lambda.Function,
  failed: aws.sqs.Queue,
  opts: pulumi.CustomResourceOptions,
): void {
  new aws.lambda.Permission(
    childName(name, key, 'invoke'),
    { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn },
    opts,
  );
  new aws.cloudwatch.EventTarget(
    childName(name, key, 'target'),
    { rule: rule.name, arn: fn.arn, deadLetterConfig: { arn: failed.arn } },
    opts,
  );
}

/** Alarm state changes (by name prefix) and the minute's tick, both to the pager. */
export function pagerRule(
  name: string,
  pattern: string,
  pager: aws.lambda.Function,
  failed: aws.sqs.Queue,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): void {
  const rule = new aws.cloudwatch.EventRule(
    childName(name, 'events'),
    {
      description: 'Plan B: alarm state changes and the escalation tick to the pager',
      eventPattern: pattern,
      scheduleExpression: TICK_SCHEDULE,
      tags,
    },
    opts,
  );
  invokeFrom(name, 'events', rule, pager, failed, opts);
}

/** Forwards one region's alarm events to the pager region's default bus. */
export function forwardRule(
  name: string,
  region: string,
  pattern: string,
  target: { region: pulumi.Output<string>; accountId: pulumi.Output<string> },
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): pulumi.Output<string> {
  const key = `forward-${region}`;
  const busArn = pulumi.interpolate`arn:aws:events:${target.region}:${target.accountId}:event-bus/default`;
  const role = new aws.iam.Role(
    childName(name, key, 'role'),
    { assumeRolePolicy: JSON.stringify(assumeRolePolicy('events.amazonaws.com')), tags },
    opts,
  );
  new aws.iam.RolePolicy(
    childName(name, key, 'policy'),
    {
      role: role.id,
      policy: busArn.apply((arn) => JSON.stringify(policy({ Effect: 'Allow', Action: 'events:PutEvents', Resource: arn }))),
    },
    opts,
  );
  const rule = new aws.cloudwatch.EventRule(
    childName(name, key),
    { description: `Plan B: ${region} alarm state changes to the pager's region`, eventPattern: pattern, tags },
    opts,
  );
  new aws.cloudwatch.EventTarget(childName(name, key, 'target'), { rule: rule.name, arn: busArn, roleArn: role.arn }, opts);
  return rule.name;
}
