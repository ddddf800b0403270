/**
 * planb:backup:BackupVault: where the business's backups land. A hardened S3
 * bucket, optionally replicated to a second region, optionally locked against
 * deletion, optionally paired with a Cloudflare R2 bucket for a copy outside
 * AWS, and always watched by an alarm that fires when nothing new arrived
 * within the RPO.
 */
import * as pulumi from '@pulumi/pulumi';
import { fitName, withPhysicalNames } from '../common/physical-names';
import { keeperOpts } from '../common/protect';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { CommonArgs, checkSlug, planbTags } from '../common/tags';
import { childName, sanitizeKey } from '../common/names';
import { SseAlgorithm, hardenedBucket } from './hardenedBucket';
import { replicate } from './replication';

const R2_NAME_LIMIT = 63;
const DAY = 86_400;
/** Grace after the RPO before a missed backup pages: 15 minutes, or a tenth of the RPO if longer. */
const FRESHNESS_MIN_GRACE = 900;
const FRESHNESS_GRACE_SHARE = 0.1;

export interface BackupVaultArgs extends CommonArgs {
  /** Default aws:kms (AWS-managed aws/s3 key with bucket keys); AES256 = SSE-S3. */
  encryption?: SseAlgorithm;
  /** Days a replaced or deleted version is kept before it expires. Default 90. */
  noncurrentVersionDays?: number;
  /** Days before an unfinished multipart upload is aborted. Default 7. */
  abortIncompleteUploadDays?: number;
  /** Write-once retention; both buckets are created with Object Lock on. */
  objectLock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retentionDays: number };
  /** Provider of the vault's own region; the stack default when omitted. */
  provider?: aws.Provider;
  /** A replica in a second region; pass that region's provider. */
  replica?: { provider: aws.Provider };
  /** A bucket on Cloudflare R2 for a copy outside AWS (the backup job writes to it). */
  r2?: { accountId: pulumi.Input<string>; location?: 'apac' | 'eeur' | 'enam' | 'weur' | 'wnam' | 'oc'; provider?: cloudflare.Provider };
  /** The "no new backup within RPO" alarm. */
  freshness: {
    /** Recovery point objective in seconds: 60..604800 (CloudWatch's 7-day window). */
    rpoSeconds: number;
    /** SNS topics (from AlertRouting) notified on ALARM and on OK. */
    alarmTopicArns: pulumi.Input<string>[];
    /** Only uploads under this key prefix count as a backup. */
    prefix?: string;
  };
}

/** Checks that the args ask for a coherent vault; throws naming the argument and the fix. */
export function checkBackupVaultArgs(args: BackupVaultArgs): void {
  checkSlug('business', args.business);
  const days = args.noncurrentVersionDays ?? 90;
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`noncurrentVersionDays: ${days} must be a whole number of days, at least 1`);
  }
  const abort = args.abortIncompleteUploadDays ?? 7;
  if (!Number.isInteger(abort) || abort < 1) {
    throw new Error(`abortIncompleteUploadDays: ${abort} must be a whole number of days, at least 1`);
  }
  const lock = args.objectLock;
  if (lock !== undefined) {
    if (!Number.isInteger(lock.retentionDays) || lock.retentionDays < 1) {
      throw new Error(`objectLock.retentionDays: ${lock.retentionDays} must be a whole number of days, at least 1`);
    }
    if (days < lock.retentionDays) {
      throw new Error(
        `noncurrentVersionDays (${days}) is shorter than objectLock.retentionDays (${lock.retentionDays}); ` +
          'locked versions cannot expire early, so raise noncurrentVersionDays or lower the retention',
      );
    }
  }
  const rpo = args.freshness.rpoSeconds;
  if (!Number.isInteger(rpo) || rpo < 60 || rpo > 604800) {
    throw new Error(`freshness.rpoSeconds: ${rpo} is out of range; use 60..604800 seconds (one minute to seven days)`);
  }
  if (args.freshness.alarmTopicArns.length === 0) {
    throw new Error('freshness.alarmTopicArns: empty; give at least one SNS topic so a missed backup reaches a person');
  }
}

/**
 * The freshness alarm's window: it fires when no upload arrived in any of the last N short
 * periods, N x period >= RPO + grace. One period equal to the RPO (the old design) is judged on
 * fixed boundaries, so a backup a few minutes late paged at night; a sliding window of short
 * periods fires only once RPO + grace has passed since the last upload. CloudWatch caps the
 * window at one day for periods under an hour and at seven days otherwise (PutMetricAlarm), so
 * the period is 5 minutes up to a day and one hour beyond.
 */
export function freshnessWindow(rpoSeconds: number): { period: number; evaluationPeriods: number; windowSeconds: number } {
  const grace = Math.max(FRESHNESS_MIN_GRACE, Math.ceil(rpoSeconds * FRESHNESS_GRACE_SHARE));
  const wanted = Math.min(rpoSeconds + grace, 7 * DAY);
  const period = wanted <= DAY ? 300 : 3600;
  const evaluationPeriods = Math.min(Math.ceil(wanted / period), (period < 3600 ? DAY : 7 * DAY) / period);
  return { period, evaluationPeriods, windowSeconds: period * evaluationPeriods };
}

export class BackupVault extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:backup:BackupVault' as const;

  readonly bucketName: pulumi.Output<string>;
  readonly bucketArn: pulumi.Output<string>;
  readonly replicaBucketName: pulumi.Output<string> | undefined;
  readonly replicaBucketArn: pulumi.Output<string> | undefined;
  readonly r2BucketName: pulumi.Output<string> | undefined;
  readonly freshnessAlarmName: pulumi.Output<string>;
  readonly freshnessAlarmArn: pulumi.Output<string>;

  constructor(name: string, args: BackupVaultArgs, opts?: pulumi.ComponentResourceOptions) {
    super(BackupVault.typeToken, name, {}, withPhysicalNames(opts));
    checkBackupVaultArgs(args);
    const tags = planbTags(args, name);
    const sse = args.encryption ?? 'aws:kms';
    const common = {
      tags,
      sse,
      noncurrentVersionDays: args.noncurrentVersionDays ?? 90,
      abortIncompleteUploadDays: args.abortIncompleteUploadDays ?? 7,
      objectLock: args.objectLock,
    };
    const primaryOpts = { parent: this, provider: args.provider };
    const primary = hardenedBucket({ ...common, name: childName(name, 'vault'), opts: primaryOpts, bucketOpts: keeperOpts(opts, primaryOpts) });
    this.bucketName = primary.bucket.bucket;
    this.bucketArn = primary.bucket.arn;

    if (args.replica !== undefined) {
      const replicaOpts = { parent: this, provider: args.replica.provider };
      const replica = hardenedBucket({ ...common, name: childName(name, 'replica'), opts: replicaOpts, bucketOpts: keeperOpts(opts, replicaOpts) });
      replicate({
        name: childName(name, 'replication'),
        tags,
        sse,
        objectLock: args.objectLock !== undefined,
        source: { ...primary, provider: args.provider },
        replica: { ...replica, provider: args.replica.provider },
        parent: this,
      });
      this.replicaBucketName = replica.bucket.bucket;
      this.replicaBucketArn = replica.bucket.arn;
    }

    if (args.r2 !== undefined) {
      // R2 buckets are private and encrypted at rest by default; there is nothing to open.
      const r2 = new cloudflare.R2Bucket(
        childName(name, 'r2'),
        { accountId: args.r2.accountId, name: r2BucketName(args.business, name), location: args.r2.location },
        keeperOpts(opts, { parent: this, provider: args.r2.provider }),
      );
      this.r2BucketName = r2.name;
    }

    const alarm = this.freshnessAlarm(name, args, primary.bucket, tags);
    this.freshnessAlarmName = alarm.name;
    this.freshnessAlarmArn = alarm.arn;
    this.registerOutputs({
      bucketName: this.bucketName,
      bucketArn: this.bucketArn,
      replicaBucketName: this.replicaBucketName,
      replicaBucketArn: this.replicaBucketArn,
      r2BucketName: this.r2BucketName,
      freshnessAlarmName: this.freshnessAlarmName,
      freshnessAlarmArn: this.freshnessAlarmArn,
    });
  }

  /**
   * S3 request metrics (PutRequests through a BucketMetric filter) need nothing
   * from the backup job itself: any upload counts. Missing data means no
   * uploads, so it is treated as breaching.
   */
  private freshnessAlarm(name: string, args: BackupVaultArgs, bucket: aws.s3.Bucket, tags: Record<string, string>): aws.cloudwatch.MetricAlarm {
    const opts = { parent: this, provider: args.provider };
    const filterId = 'planb-backup-uploads';
    const window = freshnessWindow(args.freshness.rpoSeconds);
    const prefix = args.freshness.prefix;
    const metric = new aws.s3.BucketMetric(
      childName(name, 'uploads-metric'),
      { bucket: bucket.id, name: filterId, ...(prefix !== undefined ? { filter: { prefix } } : {}) },
      opts,
    );
    return new aws.cloudwatch.MetricAlarm(
      childName(name, 'no-backup-within-rpo'),
      {
        alarmDescription: `No new backup in ${args.business}'s vault for ${window.windowSeconds} s (RPO ${args.freshness.rpoSeconds} s plus grace)`,
        namespace: 'AWS/S3',
        metricName: 'PutRequests',
        dimensions: { BucketName: bucket.bucket, FilterId: metric.name },
        statistic: 'Sum',
        period: window.period,
        evaluationPeriods: window.evaluationPeriods,
        datapointsToAlarm: window.evaluationPeriods,
        comparisonOperator: 'LessThanThreshold',
        threshold: 1,
        treatMissingData: 'breaching',
        alarmActions: args.freshness.alarmTopicArns,
        okActions: args.freshness.alarmTopicArns,
        tags,
      },
      opts,
    );
  }
}

/**
 * R2 names are per account, at most 63 characters. A name that fits is kept whole (readable, and
 * unchanged for existing stacks); a longer one is cut and given a hash of the whole (fitName).
 */
export function r2BucketName(business: string, component: string): string {
  const full = `planb-${business}-${sanitizeKey(component)}-offsite`;
  return full.length <= R2_NAME_LIMIT ? full : fitName(full, R2_NAME_LIMIT, 'r2');
}
