/**
 * PF005: AWS default quotas a stack can meet on its own. The offline plan cannot read the
 * account's applied quotas or what other stacks already use, so a stack over a default quota
 * is an error, and one over half of it a warning (the account is shared with everything else).
 * Each finding says where to ask AWS to raise the quota.
 */
import { S3_BUCKET_LIMITS } from '../../../model/buildable';
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

export interface DefaultQuota {
  type: string;
  what: string;
  quota: number;
  /** How to raise it: the Service Quotas service and quota name, or a support case. */
  raise: string;
  doc: string;
}

/** Default quotas per account (checked 2026-12-02 in each service's quota page). */
export const DEFAULT_QUOTAS: readonly DefaultQuota[] = [
  {
    type: 'aws:route53/healthCheck:HealthCheck',
    what: 'Route 53 health checks per account',
    quota: 200,
    raise: 'a Route 53 quota request (AWS Support, service limit increase)',
    doc: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html',
  },
  {
    type: 'aws:iam/role:Role',
    what: 'IAM roles per account',
    quota: 1000,
    raise: "Service Quotas, IAM, 'Roles per account'",
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
  },
  {
    type: 'aws:cloudwatch/eventRule:EventRule',
    what: 'EventBridge rules per event bus',
    quota: 300,
    raise: "Service Quotas, Amazon EventBridge, 'Maximum number of rules per event bus'",
    doc: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html',
  },
  {
    type: 'aws:kms/key:Key',
    what: 'KMS customer managed keys per Region',
    quota: 100_000,
    raise: "Service Quotas, AWS KMS, 'Customer Master Keys (CMKs)'",
    doc: 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html',
  },
  {
    type: 'aws:sns/topic:Topic',
    what: 'SNS standard topics per account',
    quota: 100_000,
    raise: "Service Quotas, Amazon SNS, 'Topics per Account'",
    doc: 'https://docs.aws.amazon.com/general/latest/gr/sns.html',
  },
  {
    type: 'aws:s3/bucket:Bucket',
    what: 'S3 general purpose buckets per account',
    quota: 10_000,
    raise: "Service Quotas, Amazon S3, 'General purpose buckets'",
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html',
  },
];

/**
 * Fixed limits per bucket that the lean vaults (a prefix per data set in one bucket per lock
 * class) meet first: a metrics filter and a lifecycle rule per data set. Neither can be raised.
 * validate refuses a blueprint with more backup copies than these allow (PB045,
 * loader/semantic/bucket-limits.ts); this check stays as the plan's own guard.
 */
export const PER_BUCKET_LIMITS = {
  metrics: {
    what: 'S3 request-metrics configurations per bucket',
    quota: S3_BUCKET_LIMITS.metricsConfigurations,
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html',
  },
  lifecycle: {
    what: 'S3 lifecycle rules per bucket',
    quota: S3_BUCKET_LIMITS.lifecycleRules,
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html',
  },
} as const;

function perBucket(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const metrics = new Map<string, PlanResource[]>();
  for (const r of resources.filter((x) => x.type === 'aws:s3/bucketMetric:BucketMetric')) {
    const bucket = String(r.inputs['bucket']);
    metrics.set(bucket, [...(metrics.get(bucket) ?? []), r]);
  }
  const counts = [
    ...[...metrics].map(([, list]) => ({ limit: PER_BUCKET_LIMITS.metrics, n: list.length, at: list[0] as PlanResource })),
    ...resources
      .filter((x) => x.type === 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration')
      .map((r) => ({ limit: PER_BUCKET_LIMITS.lifecycle, n: Array.isArray(r.inputs['rules']) ? r.inputs['rules'].length : 0, at: r })),
  ];
  return counts
    .filter((c) => c.n > c.limit.quota)
    .map((c) => ({
      code: 'PF005',
      severity: 'error' as const,
      message: `${c.at.name}: ${c.n} ${c.limit.what}; S3 allows ${c.limit.quota} and does not raise it; back several data sets up together under one data set (the replica bucket holds every copy, so another Object Lock class does not help there)`,
      resource: c.at.name,
      location: locator.of(c.at),
      rule: `${c.limit.what}: ${c.limit.quota}, fixed`,
      doc: c.limit.doc,
    }));
}

export function checkDefaultQuotas(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = perBucket(resources, locator);
  for (const q of DEFAULT_QUOTAS) {
    const mine = resources.filter((r) => r.type === q.type);
    if (mine.length * 2 <= q.quota) continue;
    const over = mine.length > q.quota;
    findings.push({
      code: 'PF005',
      severity: over ? 'error' : 'warning',
      message:
        `the stack needs ${mine.length} ${q.what}; the default quota is ${q.quota}` +
        `${over ? '' : ', shared with everything else in the account'}; ask AWS to raise it (${q.raise}) before \`pulumi up\``,
      resource: '',
      location: locator.of(mine[0] as PlanResource),
      rule: `${q.what}: ${q.quota} by default`,
      doc: q.doc,
    });
  }
  return findings;
}
