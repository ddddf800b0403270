/**
 * Cross-region replication from the vault to its replica through a role that
 * can touch exactly those two buckets (and, with SSE-KMS, exactly the two
 * AWS-managed aws/s3 keys, only through S3 and only for those buckets).
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import { Tags } from '../common/tags';
import { PolicyDocument, PolicyStatement, assumeRolePolicy, policy } from '../common/policy';
import { SseAlgorithm } from './hardenedBucket';

export interface ReplicationPolicyInput {
  sourceArn: string;
  replicaArn: string;
  objectLock: boolean;
  /** Present when objects are SSE-KMS encrypted: the aws/s3 key in each region. */
  kms?: { sourceKeyArn: string; replicaKeyArn: string };
}

/** Least-privilege replication policy, built as data so tests can read it. */
export function replicationPolicy(p: ReplicationPolicyInput): PolicyDocument {
  const statements: PolicyStatement[] = [
    {
      Sid: 'ReadReplicationConfiguration',
      Effect: 'Allow',
      Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'],
      Resource: p.sourceArn,
    },
    {
      Sid: 'ReadSourceVersions',
      Effect: 'Allow',
      Action: [
        's3:GetObjectVersionForReplication',
        's3:GetObjectVersionAcl',
        's3:GetObjectVersionTagging',
        // Locked objects carry their retention to the replica.
        ...(p.objectLock ? ['s3:GetObjectRetention', 's3:GetObjectLegalHold'] : []),
      ],
      Resource: `${p.sourceArn}/*`,
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
    statements.push(kmsStatement('DecryptSource', 'kms:Decrypt', p.kms.sourceKeyArn, p.sourceArn));
    statements.push(kmsStatement('EncryptReplica', 'kms:Encrypt', p.kms.replicaKeyArn, p.replicaArn));
  }
  return policy(...statements);
}

function kmsStatement(sid: string, action: string, keyArn: string, bucketArn: string): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: action,
    Resource: keyArn,
    Condition: {
      StringLike: {
        'kms:ViaService': 's3.*.amazonaws.com',
        // With bucket keys the context is the bucket ARN, without them the object ARN.
        'kms:EncryptionContext:aws:s3:arn': [bucketArn, `${bucketArn}/*`],
      },
    },
  };
}

export interface ReplicationSpec {
  name: string;
  tags: Tags;
  sse: SseAlgorithm;
  objectLock: boolean;
  source: { bucket: aws.s3.Bucket; versioning: aws.s3.BucketVersioning; provider?: aws.Provider };
  replica: { bucket: aws.s3.Bucket; versioning: aws.s3.BucketVersioning; provider: aws.Provider };
  parent: pulumi.Resource;
}

function awsS3KeyArn(provider: aws.Provider | undefined, parent: pulumi.Resource): pulumi.Output<string> {
  return aws.kms.getAliasOutput({ name: 'alias/aws/s3' }, { parent, provider }).targetKeyArn;
}

export function replicate(spec: ReplicationSpec): aws.s3.BucketReplicationConfig {
  const opts = { parent: spec.parent, provider: spec.source.provider };
  const role = new aws.iam.Role(
    `${spec.name}-role`,
    { assumeRolePolicy: JSON.stringify(assumeRolePolicy('s3.amazonaws.com')), tags: spec.tags },
    opts,
  );
  const kms: pulumi.Output<[string, string] | undefined> =
    spec.sse === 'aws:kms'
      ? pulumi.all([awsS3KeyArn(spec.source.provider, spec.parent), awsS3KeyArn(spec.replica.provider, spec.parent)])
      : pulumi.output(undefined);
  const doc = pulumi
    .all([spec.source.bucket.arn, spec.replica.bucket.arn, kms])
    .apply(([sourceArn, replicaArn, keys]) =>
      JSON.stringify(
        replicationPolicy({
          sourceArn,
          replicaArn,
          objectLock: spec.objectLock,
          kms: keys === undefined ? undefined : { sourceKeyArn: keys[0], replicaKeyArn: keys[1] },
        }),
      ),
    );
  const rolePolicy = new aws.iam.RolePolicy(`${spec.name}-policy`, { role: role.id, policy: doc }, opts);
  return new aws.s3.BucketReplicationConfig(
    spec.name,
    {
      bucket: spec.source.bucket.id,
      role: role.arn,
      rules: [
        {
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
        },
      ],
    },
    { ...opts, dependsOn: [spec.source.versioning, spec.replica.versioning, rolePolicy] },
  );
}
