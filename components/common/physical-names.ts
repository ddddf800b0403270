/**
 * Physical (cloud) names that always fit. Pulumi's auto-naming appends "-" and 7 random
 * characters to the logical name, and AWS refuses names over its limits (IAM role 64, S3
 * bucket 63, ...), so a long but valid blueprint id made `pulumi up` fail. Every component adds
 * `physicalNames` to its transformations; it gives each resource type with a name limit an
 * explicit name: the logical name (cut short when needed) plus a short hash of the project,
 * stack and full logical name. The name is the same on every run and differs between stacks.
 */
import { createHash } from 'node:crypto';
import * as pulumi from '@pulumi/pulumi';

export interface NameLimit {
  /** The input that holds the physical name. */
  property: string;
  /** The provider's maximum length. */
  limit: number;
  /** The rule as a person reads it. */
  rule: string;
  doc: string;
}

const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';

/** Resource types whose physical name AWS limits, with the input that carries it. */
export const NAME_LIMITS: Readonly<Record<string, NameLimit>> = {
  'aws:iam/role:Role': { property: 'name', limit: 64, rule: 'IAM role name: at most 64 characters', doc: IAM_QUOTAS },
  'aws:iam/rolePolicy:RolePolicy': {
    property: 'name',
    limit: 128,
    rule: 'IAM inline policy name: at most 128 characters',
    doc: IAM_QUOTAS,
  },
  'aws:lambda/function:Function': {
    property: 'name',
    limit: 64,
    rule: 'Lambda function name: at most 64 characters',
    doc: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
  },
  'aws:cloudwatch/eventRule:EventRule': {
    property: 'name',
    limit: 64,
    rule: 'EventBridge rule name: at most 64 characters',
    doc: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  },
  'aws:s3/bucket:Bucket': {
    property: 'bucket',
    limit: 63,
    rule: 'S3 bucket name: 3 to 63 lower-case characters',
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
  },
  'aws:sns/topic:Topic': {
    property: 'name',
    limit: 256,
    rule: 'SNS topic name: at most 256 characters',
    doc: 'https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html',
  },
  'aws:cloudwatch/metricAlarm:MetricAlarm': {
    property: 'name',
    limit: 255,
    rule: 'CloudWatch alarm name: at most 255 characters',
    doc: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
  },
  'aws:cloudwatch/logGroup:LogGroup': {
    property: 'name',
    limit: 512,
    rule: 'CloudWatch log group name: at most 512 characters',
    doc: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html',
  },
  'aws:sfn/stateMachine:StateMachine': {
    property: 'name',
    limit: 80,
    rule: 'Step Functions state machine name: at most 80 characters',
    doc: 'https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html',
  },
  'aws:cloudfront/originAccessControl:OriginAccessControl': {
    property: 'name',
    limit: 64,
    rule: 'CloudFront origin access control name: at most 64 characters',
    doc: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_OriginAccessControlConfig.html',
  },
  'aws:s3/bucketMetric:BucketMetric': {
    property: 'name',
    limit: 64,
    rule: 'S3 metrics configuration id: at most 64 characters',
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html',
  },
  'aws:sqs/queue:Queue': {
    property: 'name',
    limit: 80,
    rule: 'SQS queue name: at most 80 characters',
    doc: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html',
  },
  'cloudflare:index/r2Bucket:R2Bucket': {
    property: 'name',
    limit: 63,
    rule: 'R2 bucket name: 3 to 63 lower-case characters',
    doc: 'https://developers.cloudflare.com/r2/buckets/create-buckets/',
  },
  'aws:ssm/parameter:Parameter': {
    property: 'name',
    limit: 2048,
    rule: 'SSM parameter name: at most 2048 characters',
    doc: 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html',
  },
};

const HASH_LENGTH = 8;

/**
 * `<logical name, cut to fit>-<8 hex>`, at most `limit` characters, in [a-z0-9-] (valid for every
 * type above, S3 included). `scope` (project/stack) goes into the hash only, so two stacks in one
 * account never share a name while neither name grows.
 */
export function fitName(logicalName: string, limit: number, scope: string): string {
  const hash = createHash('sha256').update(`${scope}/${logicalName}`).digest('hex').slice(0, HASH_LENGTH);
  const clean = logicalName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-');
  const prefix = clean.slice(0, limit - HASH_LENGTH - 1).replace(/^-+|-+$/g, '');
  return prefix === '' ? `pb-${hash}` : `${prefix}-${hash}`;
}

/**
 * The transformation every component applies to its children: a resource of a limited type
 * with no explicit name gets `fitName`. The name no longer has a random suffix, so a replacement
 * must delete the old resource first (`deleteBeforeReplace`).
 */
export const physicalNames: pulumi.ResourceTransformation = (args) => {
  const limit = NAME_LIMITS[args.type];
  if (limit === undefined || args.props[limit.property] !== undefined) return undefined;
  const name = fitName(args.name, limit.limit, `${pulumi.getProject()}/${pulumi.getStack()}`);
  return { props: { ...args.props, [limit.property]: name }, opts: { ...args.opts, deleteBeforeReplace: true } };
};

/** A component's options with `physicalNames` first, then whatever the caller passed. */
export function withPhysicalNames(opts: pulumi.ComponentResourceOptions | undefined): pulumi.ComponentResourceOptions {
  return { ...opts, transformations: [physicalNames, ...(opts?.transformations ?? [])] };
}
