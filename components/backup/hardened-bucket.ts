/**
 * One private, encrypted, versioned S3 bucket with every protection a backup
 * copy needs. Used for each vault and for the replica, so every copy is
 * guarded the same way.
 */
import type * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import type { Tags } from '../common/tags';
import { type PolicyDocument, policy } from '../common/policy';
import { sanitizeKey } from '../common/names';
import type { ObjectLockSpec } from './vault-classes';

export type SseAlgorithm = 'aws:kms' | 'AES256';

/** How long old versions under one key prefix are kept. */
export interface PrefixExpiry {
  prefix: string;
  noncurrentVersionDays: number;
}

export interface HardenedBucketSpec {
  /** Resource name prefix; children are `${name}`, `${name}-pab`, ... */
  name: string;
  tags: Tags;
  sse: SseAlgorithm;
  abortIncompleteUploadDays: number;
  /** One lifecycle rule per data set prefix: its noncurrent versions expire after its own days. */
  expiry: PrefixExpiry[];
  /** Default retention; turns Object Lock on. */
  objectLock?: ObjectLockSpec;
  /**
   * Object Lock on without a default retention: the shared replica, whose objects carry the
   * retention their source vault gave them (S3 replicates each version's retain-until date).
   */
  objectLockEnabled?: boolean;
  opts: pulumi.CustomResourceOptions;
  /** Options of the bucket itself (protect): its configuration resources take `opts`. */
  bucketOpts?: pulumi.CustomResourceOptions;
}

export interface HardenedBucket {
  bucket: aws.s3.Bucket;
  /** Versioning must exist before replication is configured. */
  versioning: aws.s3.BucketVersioning;
}

/** Deny every request that does not use TLS, on the bucket and its objects. */
export function tlsOnlyPolicy(bucketArn: string): PolicyDocument {
  return policy({
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn, `${bucketArn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  });
}

/** Lifecycle rules as data: one per prefix, sorted, each also aborting stale multipart uploads. */
export function lifecycleRules(expiry: readonly PrefixExpiry[], abortDays: number): aws.types.input.s3.BucketLifecycleConfigurationRule[] {
  return [...expiry]
    .sort((a, b) => a.prefix.localeCompare(b.prefix))
    .map((e) => ({
      id: `expire-${sanitizeKey(e.prefix)}`.slice(0, 255),
      status: 'Enabled',
      filter: { prefix: e.prefix },
      noncurrentVersionExpiration: { noncurrentDays: e.noncurrentVersionDays },
      abortIncompleteMultipartUpload: { daysAfterInitiation: abortDays },
    }));
}

export function hardenedBucket(spec: HardenedBucketSpec): HardenedBucket {
  const { name, opts } = spec;
  const lockOn = spec.objectLock !== undefined || spec.objectLockEnabled === true;
  const bucket = new aws.s3.Bucket(
    name,
    // Object Lock can only be switched on when the bucket is created; `forceDestroy: false`
    // never lets `pulumi destroy` delete backups along with the stack.
    { objectLockEnabled: lockOn ? true : undefined, forceDestroy: false, tags: spec.tags },
    spec.bucketOpts ?? opts,
  );
  const pab = new aws.s3.BucketPublicAccessBlock(
    `${name}-pab`,
    { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    opts,
  );
  // No BucketOwnershipControls: every bucket created since April 2023 is BucketOwnerEnforced
  // (ACLs off) by default (docs/infrastructure.md, "The lean stack"); test/stacks/no-acls.test.ts
  // checks that nothing in a plan turns ACLs back on.
  if (spec.sse === 'aws:kms') {
    // SSE-S3 (AES256) is S3's default for every bucket since January 2023, so only SSE-KMS needs
    // a configuration. Bucket keys cut KMS request costs; the AWS-managed aws/s3 key needs no key policy.
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-sse`,
      { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: spec.sse }, bucketKeyEnabled: true }] },
      opts,
    );
  }
  const versioning = new aws.s3.BucketVersioning(
    `${name}-versioning`,
    { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } },
    opts,
  );
  new aws.s3.BucketPolicy(
    `${name}-policy`,
    { bucket: bucket.id, policy: bucket.arn.apply((arn) => JSON.stringify(tlsOnlyPolicy(arn))) },
    { ...opts, dependsOn: [pab] },
  );
  afterVersioning(spec, bucket, versioning);
  return { bucket, versioning };
}

/** Lifecycle and default retention: both need versioning on first. */
function afterVersioning(spec: HardenedBucketSpec, bucket: aws.s3.Bucket, versioning: aws.s3.BucketVersioning): void {
  const opts = { ...spec.opts, dependsOn: [versioning] };
  new aws.s3.BucketLifecycleConfiguration(
    `${spec.name}-lifecycle`,
    { bucket: bucket.id, rules: lifecycleRules(spec.expiry, spec.abortIncompleteUploadDays) },
    opts,
  );
  if (spec.objectLock !== undefined) {
    new aws.s3.BucketObjectLockConfiguration(
      `${spec.name}-lock`,
      { bucket: bucket.id, rule: { defaultRetention: { mode: spec.objectLock.mode, days: spec.objectLock.retentionDays } } },
      opts,
    );
  }
}
