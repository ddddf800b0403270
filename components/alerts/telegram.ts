/**
 * Telegram forwarder: one small Lambda per Telegram contact, subscribed to the
 * topics that contact's stages listen on. SNS cannot tell a Lambda which
 * subscription fired, so the chat id lives in the function's environment.
 * The bot token arrives only as a Pulumi secret and is stored in SSM Parameter Store as a
 * SecureString that only the forwarders' role may read: it is never in a Lambda environment,
 * where anyone allowed lambda:GetFunctionConfiguration could read it.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { Tags } from '../common/tags';
import { childName } from '../common/names';
import { assumeRolePolicy, policy } from '../common/policy';
import { LAMBDA_NODE_RUNTIME } from '../common/lambda';

/** Node.js 22 handler; global fetch, no dependencies, never logs the token. */
export const TELEGRAM_FORWARDER_SOURCE = `'use strict';
// The AWS SDK v3 comes with the runtime; the token is read once per container, never logged.
const { SSMClient, GetParameterCommand } = require('@aws-sdk/client-ssm');
let token;
async function botToken() {
  if (token === undefined) {
    const out = await new SSMClient({}).send(new GetParameterCommand({ Name: process.env.TELEGRAM_TOKEN_PARAMETER, WithDecryption: true }));
    token = out.Parameter.Value;
  }
  return token;
}
function summarize(sns) {
  try {
    const m = JSON.parse(sns.Message);
    if (m && m.AlarmName) return (m.NewStateValue || 'ALARM') + ': ' + m.AlarmName + '\\n' + (m.NewStateReason || '');
  } catch (e) { /* not JSON: forward as text */ }
  return (sns.Subject ? sns.Subject + '\\n' : '') + sns.Message;
}
exports.handler = async (event) => {
  const url = 'https://api.telegram.org/bot' + (await botToken()) + '/sendMessage';
  for (const record of event.Records) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: process.env.TELEGRAM_CHAT_ID, text: summarize(record.Sns).slice(0, 4000) }),
      signal: AbortSignal.timeout(8000),
    });
    // Throwing makes Lambda retry the asynchronous SNS delivery.
    if (!res.ok) throw new Error('Telegram answered HTTP ' + res.status);
  }
};
`;

export interface TelegramForwarderSpec {
  component: string;
  contactId: string;
  chatId: string;
  tokenParameter: aws.ssm.Parameter;
  /** Where an event goes when every delivery attempt failed (see undeliveredQueue). */
  undelivered: aws.sqs.Queue;
  role: aws.iam.Role;
  business: string;
  tags: Tags;
  opts: pulumi.CustomResourceOptions;
}

/** The bot token as an SSM SecureString (encrypted with the account's aws/ssm key). */
export function botTokenParameter(component: string, business: string, token: pulumi.Output<string>, tags: Tags, opts: pulumi.CustomResourceOptions): aws.ssm.Parameter {
  return new aws.ssm.Parameter(
    childName(component, 'telegram-token'),
    { name: `/planb/${business}/${component}/telegram-bot-token`, type: 'SecureString', value: pulumi.secret(token), tags },
    opts,
  );
}

/** The shared execution role: it may write its own logs and read the bot token, nothing else. */
export function forwarderRole(component: string, business: string, tokenParameter: aws.ssm.Parameter, tags: Tags, opts: pulumi.CustomResourceOptions): aws.iam.Role {
  const role = new aws.iam.Role(
    childName(component, 'telegram-role'),
    { assumeRolePolicy: JSON.stringify(assumeRolePolicy('lambda.amazonaws.com')), tags },
    opts,
  );
  new aws.iam.RolePolicy(
    childName(component, 'telegram-logs'),
    {
      role: role.id,
      policy: JSON.stringify(
        policy({
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: `arn:aws:logs:*:*:log-group:${logGroupPrefix(business, component)}*`,
        }),
      ),
    },
    opts,
  );
  new aws.iam.RolePolicy(
    childName(component, 'telegram-token-read'),
    { role: role.id, policy: tokenParameter.arn.apply((arn) => JSON.stringify(policy({ Effect: 'Allow', Action: 'ssm:GetParameter', Resource: arn }))) },
    opts,
  );
  return role;
}

/**
 * Nothing is dropped silently: an SNS event the forwarder could not deliver after Lambda's
 * asynchronous retries goes to this queue (the functions' on-failure destination, kept 14 days),
 * and an alarm on the queue pages the alarm topic's other contacts (e-mail, SMS).
 */
export function undeliveredQueue(
  component: string,
  role: aws.iam.Role,
  alarmTopicArn: pulumi.Input<string>,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): { queue: aws.sqs.Queue; alarm: aws.cloudwatch.MetricAlarm } {
  const queue = new aws.sqs.Queue(childName(component, 'telegram-undelivered'), { messageRetentionSeconds: 14 * 86_400, sqsManagedSseEnabled: true, tags }, opts);
  new aws.iam.RolePolicy(
    childName(component, 'telegram-undelivered-send'),
    { role: role.id, policy: queue.arn.apply((arn) => JSON.stringify(policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn }))) },
    opts,
  );
  const alarm = new aws.cloudwatch.MetricAlarm(
    childName(component, 'telegram-undelivered-alarm'),
    {
      alarmDescription: 'A Plan B alert could not be delivered over Telegram; read the queue for what was lost',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: queue.name },
      statistic: 'Maximum',
      period: 300,
      evaluationPeriods: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 1,
      treatMissingData: 'notBreaching',
      alarmActions: [alarmTopicArn],
      okActions: [alarmTopicArn],
      tags,
    },
    opts,
  );
  return { queue, alarm };
}

function logGroupPrefix(business: string, component: string): string {
  return `/planb/${business}/${component}/telegram-`;
}

export function telegramForwarder(spec: TelegramForwarderSpec): aws.lambda.Function {
  const base = childName(spec.component, 'telegram', spec.contactId);
  const logGroup = new aws.cloudwatch.LogGroup(
    `${base}-logs`,
    { name: `${logGroupPrefix(spec.business, spec.component)}${spec.contactId}`, retentionInDays: 30, tags: spec.tags },
    spec.opts,
  );
  const fn = new aws.lambda.Function(
    base,
    {
      runtime: LAMBDA_NODE_RUNTIME,
      handler: 'index.handler',
      role: spec.role.arn,
      timeout: 15,
      memorySize: 128,
      code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(TELEGRAM_FORWARDER_SOURCE) }),
      environment: {
        variables: {
          TELEGRAM_CHAT_ID: spec.chatId,
          TELEGRAM_TOKEN_PARAMETER: spec.tokenParameter.name,
        },
      },
      loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
      tags: spec.tags,
    },
    { ...spec.opts, dependsOn: [logGroup] },
  );
  // SNS invokes asynchronously: after Lambda's two retries the event goes to the queue.
  new aws.lambda.FunctionEventInvokeConfig(
    `${base}-on-failure`,
    { functionName: fn.name, maximumRetryAttempts: 2, destinationConfig: { onFailure: { destination: spec.undelivered.arn } } },
    spec.opts,
  );
  return fn;
}
