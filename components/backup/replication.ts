/**
 * Cross-region replication from every vault to the one replica, through one role that can
 * touch exactly those buckets (and, with SSE-KMS, exactly the two AWS-managed aws/s3 keys,
 * only through S3 and only for those buckets). One role for all vaults, not one per vault:
 * IAM roles are a per-account quota (1,000 by default).
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import type { Tags } from '../common/tags';
import { type PolicyDocument, type PolicyStatement, assumeRolePolicy, policy } from '../common/policy';
import type { SseAlgorithm, HardenedBucket } from './hardened-bucket';

export interface ReplicationPolicyInput {
  /** The vaults' ARNs; `objectLock` when that vault has a default retention to carry over. */
  sources: { arn: string; objectLock: boolean }[];
  replicaArn: string;
  /** Present when objects are SSE-KMS encrypted: the aws/s3 key in each region. */
  kms?: { sourceKeyArn: string; replicaKeyArn: string };
}

/** Least-privilege replication policy, built as data so tests can read it. */
export function replicationPolicy(p: ReplicationPolicyInput): PolicyDocument {
  const arns = p.sources.map((s) => s.arn).sort();
  const locked = p.sources.some((s) => s.objectLock);
  const statements: PolicyStatement[] = [
    { Sid: 'ReadReplicationConfiguration', Effect: 'Allow', Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'], Resource: arns },
    {
      Sid: 'ReadSourceVersions',
      Effect: 'Allow',
      Action: [
        's3:GetObjectVersionForReplication',
        's3:GetObjectVersionAcl',
        's3:GetObjectVersionTagging',
        // Locked objects carry their retention to the replica.
        ...(locked ? ['s3:GetObjectRetention', 's3:GetObjectLegalHold'] : []),
      ],
      Resource: arns.map((a) => `${a}/*`),
    },
    {
      Sid: 'WriteReplicaObjects',
      Effect: 'Allow',
      // No s3:ReplicateDelete: delete markers are not replicated (see docs/infrastructure.md).
      Action: ['s3:ReplicateObject', 's3:ReplicateTags'],
      Resource: `${p.replicaArn}/*`,
    },
  ];
  if (p.kms !== undefined) {
    statements.push(kmsStatement('DecryptSource', 'kms:Decrypt', p.kms.sourceKeyArn, arns));
    statements.push(kmsStatement('EncryptReplica', 'kms:Encrypt', p.kms.replicaKeyArn, [p.replicaArn]));
  }
  return policy(...statements);
}

function kmsStatement(sid: string, action: string, keyArn: string, bucketArns: readonly string[]): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: action,
    Resource: keyArn,
    Condition: {
      StringLike: {
        'kms:ViaService': 's3.*.amazonaws.com',
        // With bucket keys the context is the bucket ARN, without them the object ARN.
        'kms:EncryptionContext:aws:s3:arn': bucketArns.flatMap((a) => [a, `${a}/*`]),
      },
    },
  };
}

export interface ReplicationSpec {
  /** Name prefix: `<name>-replication-role`, `<name>-replication-policy`, `<name>-<vault>-replication`. */
  name: string;
  tags: Tags;
  sse: SseAlgorithm;
  vaults: { key: string; objectLock: boolean; bucket: HardenedBucket }[];
  replica: HardenedBucket & { provider: aws.Provider };
  parent: pulumi.Resource;
}

function awsS3KeyArn(provider: aws.Provider | undefined, parent: pulumi.Resource): pulumi.Output<string> {
  return aws.kms.getAliasOutput({ name: 'alias/aws/s3' }, { parent, ...(provider !== undefined ? { provider } : {}) }).targetKeyArn;
}

/** The shared role, then one replication configuration per vault, all to the one replica. */
export function replicate(spec: ReplicationSpec): void {
  const opts = { parent: spec.parent };
  const role = new aws.iam.Role(
    `${spec.name}-replication-role`,
    { assumeRolePolicy: JSON.stringify(assumeRolePolicy('s3.amazonaws.com')), tags: spec.tags },
    opts,
  );
  const kms: pulumi.Output<[string, string] | undefined> =
    spec.sse === 'aws:kms'
      ? pulumi.all([awsS3KeyArn(undefined, spec.parent), awsS3KeyArn(spec.replica.provider, spec.parent)])
      : pulumi.output(undefined);
  const sources = pulumi.all(spec.vaults.map((v) => v.bucket.bucket.arn.apply((arn) => ({ arn, objectLock: v.objectLock }))));
  const doc = pulumi.all([sources, spec.replica.bucket.arn, kms]).apply(([s, replicaArn, keys]) =>
    JSON.stringify(
      replicationPolicy({
        sources: s,
        replicaArn,
        kms: keys === undefined ? undefined : { sourceKeyArn: keys[0], replicaKeyArn: keys[1] },
      }),
    ),
  );
  const rolePolicy = new aws.iam.RolePolicy(`${spec.name}-replication-policy`, { role: role.id, policy: doc }, opts);
  for (const v of spec.vaults) {
    new aws.s3.BucketReplicationConfig(
      `${spec.name}-${v.key}-replication`,
      { bucket: v.bucket.bucket.id, role: role.arn, rules: [replicationRule(spec, kms)] },
      { ...opts, dependsOn: [v.bucket.versioning, spec.replica.versioning, rolePolicy] },
    );
  }
}

function replicationRule(
  spec: ReplicationSpec,
  kms: pulumi.Output<[string, string] | undefined>,
): aws.types.input.s3.BucketReplicationConfigRule {
  return {
    id: 'replicate-everything',
    status: 'Enabled',
    filter: {},
    // Keep the replica readable when something deletes in the source.
    deleteMarkerReplication: { status: 'Disabled' },
    ...(spec.sse === 'aws:kms'
      ? {
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
          destination: {
            bucket: spec.replica.bucket.arn,
            encryptionConfiguration: { replicaKmsKeyId: kms.apply((k) => (k === undefined ? '' : k[1])) },
          },
        }
      : { destination: { bucket: spec.replica.bucket.arn } }),
  };
}
