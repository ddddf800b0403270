/**
 * "The pager itself is failing", told over the plainest path there is: an SNS topic with
 * unfiltered e-mail and SMS subscriptions, which needs no function of ours to work. Two alarms
 * publish to it: the on-failure queue holding anything (a pager or tick invocation that failed
 * after Lambda's retries, an event EventBridge could not deliver), and the webhook answering
 * with errors (a link or button nobody can use).
 *
 * The topic is encrypted with a customer-managed key: CloudWatch cannot publish to a topic under
 * the AWS-managed aws/sns key, whose policy cannot be changed to let it (docs/infrastructure.md).
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { childName } from '../common/names';
import { policy } from '../common/policy';
import type { Tags } from '../common/tags';
import type { FallbackContact } from './args';

export interface FailurePath {
  queue: aws.sqs.Queue;
  topic: aws.sns.Topic;
}

export function failureQueue(
  name: string,
  accountId: pulumi.Output<string>,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): aws.sqs.Queue {
  const queue = new aws.sqs.Queue(
    childName(name, 'failed'),
    { messageRetentionSeconds: 14 * 86_400, sqsManagedSseEnabled: true, tags },
    opts,
  );
  // EventBridge puts undeliverable events here itself (a rule's dead-letter queue needs this).
  new aws.sqs.QueuePolicy(
    childName(name, 'failed-policy'),
    {
      queueUrl: queue.url,
      policy: pulumi.all([queue.arn, accountId]).apply(([arn, account]) =>
        JSON.stringify(
          policy({
            Sid: 'EventBridgeDeadLetters',
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: arn,
            Condition: { StringEquals: { 'aws:SourceAccount': account } },
          }),
        ),
      ),
    },
    opts,
  );
  return queue;
}

export function failureTopic(
  name: string,
  accountId: pulumi.Output<string>,
  contacts: readonly FallbackContact[],
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): aws.sns.Topic {
  const key = new aws.kms.Key(
    childName(name, 'failing-key'),
    {
      description: `Plan B: the pager is failing (${name})`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: accountId.apply((account) =>
        JSON.stringify(
          policy(
            {
              Sid: 'AccountAdministers',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${account}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
            {
              Sid: 'CloudWatchAlarmsPublish',
              Effect: 'Allow',
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
              Resource: '*',
              Condition: { StringEquals: { 'aws:SourceAccount': account } },
            },
          ),
        ),
      ),
      tags,
    },
    opts,
  );
  const topic = new aws.sns.Topic(childName(name, 'failing'), { kmsMasterKeyId: key.arn, displayName: 'Plan B pager failing', tags }, opts);
  for (const c of [...contacts].sort((a, b) => a.id.localeCompare(b.id))) {
    // No filter policy: every message reaches every contact, whatever its body.
    new aws.sns.TopicSubscription(childName(name, 'failing', c.id), { topic: topic.arn, protocol: c.channel, endpoint: c.address }, opts);
  }
  return topic;
}

export function failureAlarms(
  name: string,
  queue: aws.sqs.Queue,
  webhook: aws.lambda.Function,
  topic: aws.sns.Topic,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): void {
  const actions = { alarmActions: [topic.arn], okActions: [topic.arn] };
  new aws.cloudwatch.MetricAlarm(
    childName(name, 'failed-alarm'),
    {
      alarmDescription:
        'Plan B: an alarm event or an escalation could not be handled; pages may be missing. Read the queue for what failed.',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: queue.name },
      statistic: 'Maximum',
      period: 300,
      evaluationPeriods: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 1,
      treatMissingData: 'notBreaching',
      ...actions,
      tags,
    },
    opts,
  );
  new aws.cloudwatch.MetricAlarm(
    childName(name, 'webhook-errors-alarm'),
    {
      alarmDescription: 'Plan B: the acknowledgement webhook fails; buttons and links may not stop the escalation.',
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: webhook.name },
      statistic: 'Sum',
      period: 300,
      evaluationPeriods: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 3,
      treatMissingData: 'notBreaching',
      ...actions,
      tags,
    },
    opts,
  );
}
