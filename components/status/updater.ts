/**
 * Keeps status.json current: EventBridge calls a small Lambda whenever one of
 * the page's alarms changes state (and every 10 minutes, to heal a missed
 * event); the Lambda reads all the alarms and writes status.json. Its role
 * may read those alarms, write that one key, and write its own logs.
 * Each run writes a full snapshot read fresh from CloudWatch, so concurrent
 * runs are harmless (no reserved concurrency: new accounts cannot spare it).
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import type { Tags } from '../common/tags';
import { assumeRolePolicy, policy } from '../common/policy';
import { LAMBDA_NODE_RUNTIME } from '../common/lambda';

export const STATUS_KEY = 'status.json';

/** Node.js 22 handler using the AWS SDK v3 bundled with the runtime. */
export const STATUS_UPDATER_SOURCE = `'use strict';
const { CloudWatchClient, DescribeAlarmsCommand } = require('@aws-sdk/client-cloudwatch');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const cw = new CloudWatchClient({});
const s3 = new S3Client({ region: process.env.BUCKET_REGION });
async function alarmStates(names) {
  const states = {};
  for (let i = 0; i < names.length; i += 100) {
    const out = await cw.send(new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + 100) }));
    for (const a of [...(out.MetricAlarms || []), ...(out.CompositeAlarms || [])]) states[a.AlarmName] = a.StateValue;
  }
  return states;
}
function statusOf(alarms, states) {
  const values = alarms.map((n) => states[n]);
  if (values.includes('ALARM')) return 'down';
  if (values.length === 0 || values.some((v) => v !== 'OK')) return 'unknown';
  return 'operational';
}
exports.handler = async () => {
  const components = JSON.parse(process.env.COMPONENTS);
  const states = await alarmStates([...new Set(components.flatMap((c) => c.alarmNames))]);
  const body = { updatedAt: new Date().toISOString(), components: {} };
  for (const c of components) body.components[c.id] = { name: c.name, status: statusOf(c.alarmNames, states) };
  await s3.send(new PutObjectCommand({
    Bucket: process.env.BUCKET, Key: '${STATUS_KEY}', Body: JSON.stringify(body),
    ContentType: 'application/json', CacheControl: 'no-cache, max-age=0',
  }));
};
`;

export interface UpdaterSpec {
  base: string;
  logGroupName: string;
  bucket: aws.s3.Bucket;
  bucketRegion: pulumi.Input<string>;
  components: pulumi.Input<{ id: string; name: string; alarmNames: string[] }[]>;
  tags: Tags;
  opts: pulumi.CustomResourceOptions;
}

/** The updater role's permissions, as data. */
export function updaterPolicy(bucketArn: string, alarmNames: readonly string[], logGroupArn: string): string {
  return JSON.stringify(
    policy(
      { Sid: 'WriteStatus', Effect: 'Allow', Action: 's3:PutObject', Resource: `${bucketArn}/${STATUS_KEY}` },
      {
        Sid: 'ReadAlarms',
        Effect: 'Allow',
        Action: 'cloudwatch:DescribeAlarms',
        Resource: [...new Set(alarmNames)].sort().map((n) => `arn:aws:cloudwatch:*:*:alarm:${n}`),
      },
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${logGroupArn}:*` },
    ),
  );
}

export function statusUpdater(spec: UpdaterSpec): aws.lambda.Function {
  const { base, opts, tags } = spec;
  const components = pulumi.output(spec.components);
  const alarmNames = components.apply((cs) => cs.flatMap((c) => c.alarmNames));
  const logGroup = new aws.cloudwatch.LogGroup(`${base}-logs`, { name: spec.logGroupName, retentionInDays: 30, tags }, opts);
  const role = new aws.iam.Role(`${base}-role`, { assumeRolePolicy: JSON.stringify(assumeRolePolicy('lambda.amazonaws.com')), tags }, opts);
  const rolePolicy = new aws.iam.RolePolicy(
    `${base}-policy`,
    {
      role: role.id,
      policy: pulumi.all([spec.bucket.arn, alarmNames, logGroup.arn]).apply(([b, a, l]) => updaterPolicy(b, a, l)),
    },
    opts,
  );
  const fn = new aws.lambda.Function(
    base,
    {
      runtime: LAMBDA_NODE_RUNTIME,
      handler: 'index.handler',
      role: role.arn,
      timeout: 30,
      memorySize: 128,
      code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(STATUS_UPDATER_SOURCE) }),
      environment: {
        variables: {
          BUCKET: spec.bucket.bucket,
          BUCKET_REGION: spec.bucketRegion,
          COMPONENTS: components.apply((cs) => JSON.stringify(cs)),
        },
      },
      loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
      tags,
    },
    { ...opts, dependsOn: [rolePolicy, logGroup] },
  );
  trigger(`${base}-on-alarm`, { eventPattern: alarmNames.apply(alarmChangePattern) }, fn, tags, opts);
  trigger(`${base}-every-10-min`, { scheduleExpression: 'rate(10 minutes)' }, fn, tags, opts);
  return fn;
}

export function alarmChangePattern(names: readonly string[]): string {
  return JSON.stringify({
    source: ['aws.cloudwatch'],
    'detail-type': ['CloudWatch Alarm State Change'],
    detail: { alarmName: [...new Set(names)].sort() },
  });
}

function trigger(
  name: string,
  when: { eventPattern?: pulumi.Input<string>; scheduleExpression?: string },
  fn: aws.lambda.Function,
  tags: Tags,
  opts: pulumi.CustomResourceOptions,
): void {
  const rule = new aws.cloudwatch.EventRule(name, { ...when, tags }, opts);
  new aws.lambda.Permission(
    `${name}-invoke`,
    { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn },
    opts,
  );
  new aws.cloudwatch.EventTarget(`${name}-target`, { rule: rule.name, arn: fn.arn }, opts);
}
