/**
 * planb:backup:BackupVaults: where the business's backups land. One hardened S3 bucket (a
 * vault) per Object Lock class, a key prefix per data set inside it, one replica in a second
 * region for all vaults (one shared replication role), one Cloudflare R2 bucket for the copies
 * kept outside AWS, and per data set an alarm that fires when nothing new arrived under its
 * prefix within the RPO plus a grace margin.
 *
 * Providers follow Pulumi's convention: the vaults' AWS region and the Cloudflare account come
 * from the component's `opts.providers` (or `opts.provider`), which children inherit. The
 * replica needs a second region, so its provider is the one explicit argument.
 */
import * as pulumi from '@pulumi/pulumi';
import type * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { fitName, withPhysicalNames } from '../common/physical-names';
import { keeperOpts } from '../common/protect';
import { type CommonArgs, checkSlug, planbTags } from '../common/tags';
import { checkUniqueIds, childName, sanitizeKey } from '../common/names';
import { inBatches } from '../common/batches';
import { type SseAlgorithm, type HardenedBucket, hardenedBucket } from './hardened-bucket';
import { replicate } from './replication';
import { type ObjectLockSpec, type VaultClass, dataSetPrefix, vaultClasses } from './vault-classes';
import { freshnessAlarm } from './freshness';

const R2_NAME_LIMIT = 63;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export interface BackupDataSet {
  /** Stable id (the data set and its copy): its prefix is `<id>/`, and it names its alarm. */
  id: string;
  /** Days a replaced or deleted version under the prefix is kept. Default 90. */
  noncurrentVersionDays?: number;
  /** Write-once retention: decides the vault (one per mode and days). */
  objectLock?: ObjectLockSpec;
  /** Recovery point objective in seconds: 60..604800 (CloudWatch's 7-day window). */
  rpoSeconds: number;
  /**
   * SNS topics for ALARM and OK. Optional: every alarm state change also reaches EventBridge
   * (CloudWatch guarantees that delivery), which is how Plan B's pager hears it; give topics only
   * to notify something else as well.
   */
  alarmTopicArns?: pulumi.Input<string>[];
  /** The backup job also writes under `<id>/` in the R2 bucket outside AWS. */
  offsite?: boolean;
  /** Blueprint process this data set serves, for its alarm's tags. */
  process?: string;
}

export interface BackupVaultsArgs extends CommonArgs {
  dataSets: BackupDataSet[];
  /** Default aws:kms (AWS-managed aws/s3 key with bucket keys); AES256 = SSE-S3. */
  encryption?: SseAlgorithm;
  /** Days before an unfinished multipart upload is aborted. Default 7. */
  abortIncompleteUploadDays?: number;
  /** The replica's region: a second region, so its provider is explicit. */
  replica?: { provider: aws.Provider };
  /** A bucket on Cloudflare R2 for the off-provider copies (the backup job writes to it). */
  r2?: { accountId: pulumi.Input<string>; location?: 'apac' | 'eeur' | 'enam' | 'weur' | 'wnam' | 'oc' };
}

/** Checks that the args ask for coherent vaults; throws naming the argument and the fix. */
export function checkBackupVaultsArgs(args: BackupVaultsArgs): void {
  checkSlug('business', args.business);
  if (args.dataSets.length === 0) throw new Error('dataSets: empty; give at least one data set to back up');
  checkUniqueIds(
    'dataSets',
    args.dataSets.map((d) => d.id),
  );
  const abort = args.abortIncompleteUploadDays ?? 7;
  if (!Number.isInteger(abort) || abort < 1)
    throw new Error(`abortIncompleteUploadDays: ${abort} must be a whole number of days, at least 1`);
  args.dataSets.forEach(checkDataSet);
}

function checkDataSet(d: BackupDataSet): void {
  const arg = `dataSets[${d.id}]`;
  if (!ID.test(d.id))
    throw new Error(`${arg}.id: use lower-case letters, digits and dashes; it becomes the key prefix and names the alarm`);
  const days = d.noncurrentVersionDays ?? 90;
  if (!Number.isInteger(days) || days < 1)
    throw new Error(`${arg}.noncurrentVersionDays: ${days} must be a whole number of days, at least 1`);
  const lock = d.objectLock;
  if (lock !== undefined && (!Number.isInteger(lock.retentionDays) || lock.retentionDays < 1)) {
    throw new Error(`${arg}.objectLock.retentionDays: ${lock.retentionDays} must be a whole number of days, at least 1`);
  }
  if (lock !== undefined && days < lock.retentionDays) {
    throw new Error(
      `${arg}.noncurrentVersionDays (${days}) is shorter than objectLock.retentionDays (${lock.retentionDays}); ` +
        'locked versions cannot expire early, so raise noncurrentVersionDays or lower the retention',
    );
  }
  if (!Number.isInteger(d.rpoSeconds) || d.rpoSeconds < 60 || d.rpoSeconds > 604800) {
    throw new Error(`${arg}.rpoSeconds: ${d.rpoSeconds} is out of range; use 60..604800 seconds (one minute to seven days)`);
  }
}

const expiryOf = (d: BackupDataSet) => ({ prefix: dataSetPrefix(d.id), noncurrentVersionDays: d.noncurrentVersionDays ?? 90 });

export class BackupVaults extends pulumi.ComponentResource {
  static readonly typeToken = 'planb:backup:BackupVaults' as const;

  /** Vault key (`unlocked`, `governance-30d`, ...) -> bucket name. */
  readonly vaultBucketNames: Record<string, pulumi.Output<string>> = {};
  /** Data set id -> where its backup job writes: the vault's bucket and the prefix. */
  readonly locations: Record<string, { bucket: pulumi.Output<string>; prefix: string }> = {};
  readonly replicaBucketName: pulumi.Output<string> | undefined;
  readonly r2BucketName: pulumi.Output<string> | undefined;
  /** Data set id -> its freshness alarm's name / ARN. */
  readonly freshnessAlarmNames: Record<string, pulumi.Output<string>> = {};
  readonly freshnessAlarmArns: Record<string, pulumi.Output<string>> = {};

  constructor(name: string, args: BackupVaultsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(BackupVaults.typeToken, name, {}, withPhysicalNames(opts));
    checkBackupVaultsArgs(args);
    const classes = vaultClasses(args.dataSets);
    const vaults = classes.map((c) => ({ c, bucket: this.vault(name, args, c, opts) }));
    if (args.replica !== undefined) this.replicaBucketName = this.replicateAll(name, args, vaults, opts);
    if (args.r2 !== undefined && args.dataSets.some((d) => d.offsite === true)) {
      // R2 buckets are private and encrypted at rest by default; there is nothing to open.
      const r2 = new cloudflare.R2Bucket(
        childName(name, 'r2'),
        { accountId: args.r2.accountId, name: r2BucketName(args.business, name), location: args.r2.location },
        keeperOpts(opts, { parent: this }),
      );
      this.r2BucketName = r2.name;
    }
    const watched = this.watch(
      name,
      args,
      vaults.flatMap(({ c, bucket }) => c.members.map((d) => ({ d, bucket: bucket.bucket }))),
    );
    // Pulumi waits for this promise, so the children of the later batches are made before the program ends.
    this.registerOutputs(
      watched.then(() => ({
        vaultBucketNames: this.vaultBucketNames,
        replicaBucketName: this.replicaBucketName,
        r2BucketName: this.r2BucketName,
        freshnessAlarmNames: this.freshnessAlarmNames,
        freshnessAlarmArns: this.freshnessAlarmArns,
      })),
    );
  }

  private common(args: BackupVaultsArgs, name: string) {
    return {
      tags: planbTags(args, name),
      sse: args.encryption ?? ('aws:kms' as const),
      abortIncompleteUploadDays: args.abortIncompleteUploadDays ?? 7,
    };
  }

  private vault(
    name: string,
    args: BackupVaultsArgs,
    c: VaultClass<BackupDataSet>,
    opts: pulumi.ComponentResourceOptions | undefined,
  ): HardenedBucket {
    const childOpts = { parent: this };
    const bucket = hardenedBucket({
      ...this.common(args, name),
      name: childName(name, c.key),
      expiry: c.members.map(expiryOf),
      ...(c.objectLock !== undefined ? { objectLock: c.objectLock } : {}),
      opts: childOpts,
      bucketOpts: keeperOpts(opts, childOpts),
    });
    this.vaultBucketNames[c.key] = bucket.bucket.bucket;
    for (const d of c.members) this.locations[d.id] = { bucket: bucket.bucket.bucket, prefix: dataSetPrefix(d.id) };
    return bucket;
  }

  /** One replica for every vault: Object Lock on when any vault locks, each version keeping its own retention. */
  private replicateAll(
    name: string,
    args: BackupVaultsArgs,
    vaults: { c: VaultClass<BackupDataSet>; bucket: HardenedBucket }[],
    opts: pulumi.ComponentResourceOptions | undefined,
  ): pulumi.Output<string> {
    const provider = (args.replica as { provider: aws.Provider }).provider;
    const replicaOpts = { parent: this, provider };
    const replica = hardenedBucket({
      ...this.common(args, name),
      name: childName(name, 'replica'),
      expiry: args.dataSets.map(expiryOf),
      objectLockEnabled: vaults.some((v) => v.c.objectLock !== undefined),
      opts: replicaOpts,
      bucketOpts: keeperOpts(opts, replicaOpts),
    });
    replicate({
      name,
      tags: this.common(args, name).tags,
      sse: this.common(args, name).sse,
      vaults: vaults.map((v) => ({ key: v.c.key, objectLock: v.c.objectLock !== undefined, bucket: v.bucket })),
      replica: { ...replica, provider },
      parent: this,
    });
    return replica.bucket.bucket;
  }

  /** A freshness alarm per data set, made in batches (components/common/batches.ts); settles when all are made. */
  private watch(name: string, args: BackupVaultsArgs, watched: { d: BackupDataSet; bucket: aws.s3.Bucket }[]): Promise<void> {
    const made = inBatches(
      watched,
      ['name', 'arn'],
      (w) => w.d.id,
      ({ d, bucket }) => {
        const alarm = freshnessAlarm({
          component: name,
          business: args.business,
          id: d.id,
          prefix: dataSetPrefix(d.id),
          rpoSeconds: d.rpoSeconds,
          alarmTopicArns: d.alarmTopicArns ?? [],
          bucket,
          tags: planbTags(args, name, d.process),
          opts: { parent: this },
        });
        return { name: alarm.name, arn: alarm.arn };
      },
    );
    for (const [id, alarm] of made.outputs) {
      this.freshnessAlarmNames[id] = alarm.name;
      this.freshnessAlarmArns[id] = alarm.arn;
    }
    return made.done;
  }
}

/**
 * R2 names are per account, at most 63 characters. A name that fits is kept whole (readable);
 * a longer one is cut and given a hash of the whole (fitName).
 */
export function r2BucketName(business: string, component: string): string {
  const full = `planb-${business}-${sanitizeKey(component)}-offsite`;
  return full.length <= R2_NAME_LIMIT ? full : fitName(full, R2_NAME_LIMIT, 'r2');
}
