/**
 * One private, encrypted, versioned S3 bucket with every protection a backup
 * copy needs. Used for the primary vault and for its replica, so both copies
 * are guarded the same way.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { Tags } from '../common/tags';
import { PolicyDocument, policy } from '../common/policy';

export type SseAlgorithm = 'aws:kms' | 'AES256';

export interface HardenedBucketSpec {
  /** Resource name prefix; children are `${name}`, `${name}-pab`, ... */
  name: string;
  tags: Tags;
  sse: SseAlgorithm;
  noncurrentVersionDays: number;
  abortIncompleteUploadDays: number;
  objectLock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retentionDays: number };
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

export function hardenedBucket(spec: HardenedBucketSpec): HardenedBucket {
  const { name, opts } = spec;
  const bucket = new aws.s3.Bucket(
    name,
    {
      // Object Lock can only be switched on when the bucket is created.
      objectLockEnabled: spec.objectLock !== undefined ? true : undefined,
      // Never let `pulumi destroy` delete backups along with the stack.
      forceDestroy: false,
      tags: spec.tags,
    },
    spec.bucketOpts ?? opts,
  );
  const pab = new aws.s3.BucketPublicAccessBlock(
    `${name}-pab`,
    { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    opts,
  );
  new aws.s3.BucketOwnershipControls(`${name}-ownership`, { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } }, opts);
  new aws.s3.BucketServerSideEncryptionConfiguration(
    `${name}-sse`,
    {
      bucket: bucket.id,
      // Bucket keys cut KMS request costs; the AWS-managed aws/s3 key needs no key policy.
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: spec.sse }, bucketKeyEnabled: spec.sse === 'aws:kms' }],
    },
    opts,
  );
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
  new aws.s3.BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    {
      bucket: bucket.id,
      rules: [
        {
          id: 'expire-noncurrent-and-abort-uploads',
          status: 'Enabled',
          filter: {},
          noncurrentVersionExpiration: { noncurrentDays: spec.noncurrentVersionDays },
          abortIncompleteMultipartUpload: { daysAfterInitiation: spec.abortIncompleteUploadDays },
        },
      ],
    },
    { ...opts, dependsOn: [versioning] },
  );
  if (spec.objectLock !== undefined) {
    new aws.s3.BucketObjectLockConfiguration(
      `${name}-lock`,
      {
        bucket: bucket.id,
        rule: { defaultRetention: { mode: spec.objectLock.mode, days: spec.objectLock.retentionDays } },
      },
      { ...opts, dependsOn: [versioning] },
    );
  }
  return { bucket, versioning };
}
