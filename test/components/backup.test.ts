import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import { BackupVault, BackupVaultArgs, freshnessWindow, checkBackupVaultArgs, r2BucketName, replicationPolicy } from '../../components/backup';
import type { PolicyDocument } from '../../components/common/policy';

let log: ResourceLog;
let primary: aws.Provider;
let secondary: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  primary = new aws.Provider('euc1', { region: 'eu-central-1' });
  secondary = new aws.Provider('euw1', { region: 'eu-west-1' });
});

function args(overrides: Partial<BackupVaultArgs> = {}): BackupVaultArgs {
  return {
    business: 'acme',
    process: 'orders',
    provider: primary,
    freshness: { rpoSeconds: 86400, alarmTopicArns: ['arn:aws:sns:eu-central-1:123456789012:critical'] },
    ...overrides,
  };
}

async function build(name: string, a: BackupVaultArgs): Promise<BackupVault> {
  const v = new BackupVault(name, a);
  await resolve(v.freshnessAlarmArn);
  await settle();
  return v;
}

/** The physical name a bucket was given: its logical name and a stable hash (physicalNames). */
function bucketName(logical: string): string {
  const bucket = log.named(logical).inputs['bucket'] as string;
  expect(bucket).toMatch(new RegExp(`^${logical}-[0-9a-f]{8}$`));
  return bucket;
}

const HARDENED = ['', '-pab', '-ownership', '-sse', '-versioning', '-policy', '-lifecycle'];

function expectHardened(prefix: string, provider: string, sse: string): void {
  expect(log.named(prefix).type).toBe('aws:s3/bucket:Bucket');
  expect(log.named(prefix).inputs['forceDestroy']).toBe(false);
  expect(log.named(`${prefix}-pab`).inputs).toMatchObject({
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  expect(log.named(`${prefix}-ownership`).inputs['rule']).toEqual({ objectOwnership: 'BucketOwnerEnforced' });
  expect(log.named(`${prefix}-sse`).inputs['rules'][0].applyServerSideEncryptionByDefault).toEqual({ sseAlgorithm: sse });
  expect(log.named(`${prefix}-versioning`).inputs['versioningConfiguration']).toEqual({ status: 'Enabled' });
  const pol = JSON.parse(log.named(`${prefix}-policy`).inputs['policy'] as string) as PolicyDocument;
  expect(pol.Statement).toEqual([
    expect.objectContaining({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    }),
  ]);
  const rule = log.named(`${prefix}-lifecycle`).inputs['rules'][0];
  expect(rule.noncurrentVersionExpiration.noncurrentDays).toBeGreaterThan(0);
  expect(rule.abortIncompleteMultipartUpload.daysAfterInitiation).toBeGreaterThan(0);
  for (const suffix of HARDENED) {
    const r = log.named(`${prefix}${suffix}`);
    expect(providerName(r.provider)).toBe(provider);
    expect(r.parent).toContain('planb:backup:BackupVault');
  }
}

describe('BackupVault', () => {
  it('minimal vault: one hardened bucket, a request metric and the RPO alarm, nothing else', async () => {
    await build('b1', args());
    expect(log.names().filter((n) => n.startsWith('b1-'))).toEqual(
      [...HARDENED.map((s) => `b1-vault${s}`), 'b1-uploads-metric', 'b1-no-backup-within-rpo'].sort(),
    );
    expectHardened('b1-vault', 'euc1', 'aws:kms');
    expect(log.named('b1-vault').inputs['tags']).toEqual({ 'planb:business': 'acme', 'planb:component': 'b1', 'planb:process': 'orders' });
    expect(log.named('b1-vault').inputs['objectLockEnabled']).toBeUndefined();
  });

  it('alarm fires on missing PutRequests within the RPO and notifies the topics', async () => {
    await build('b2', args({ freshness: { rpoSeconds: 3601, alarmTopicArns: ['arn:t1', 'arn:t2'], prefix: 'nightly/' } }));
    const alarm = log.named('b2-no-backup-within-rpo').inputs;
    expect(alarm).toMatchObject({
      namespace: 'AWS/S3',
      metricName: 'PutRequests',
      statistic: 'Sum',
      period: 300,
      evaluationPeriods: 16,
      datapointsToAlarm: 16,
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      treatMissingData: 'breaching',
      alarmActions: ['arn:t1', 'arn:t2'],
      okActions: ['arn:t1', 'arn:t2'],
    });
    expect(alarm['dimensions']).toEqual({ BucketName: bucketName('b2-vault'), FilterId: 'planb-backup-uploads' });
    expect(log.named('b2-uploads-metric').inputs['filter']).toEqual({ prefix: 'nightly/' });
    expect(providerName(log.named('b2-no-backup-within-rpo').provider)).toBe('euc1');
  });

  it('replica: same protections in the second region and a role scoped to the two buckets', async () => {
    await build('b3', args({ replica: { provider: secondary } }));
    expectHardened('b3-replica', 'euw1', 'aws:kms');
    const cfg = log.named('b3-replication');
    expect(cfg.type).toBe('aws:s3/bucketReplicationConfig:BucketReplicationConfig');
    expect(cfg.inputs['rules'][0]).toMatchObject({
      status: 'Enabled',
      deleteMarkerReplication: { status: 'Disabled' },
      sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
      destination: { bucket: `arn:aws:s3:::${bucketName('b3-replica')}`, encryptionConfiguration: { replicaKmsKeyId: 'arn:aws:kms:euw1:123456789012:key/aws-s3' } },
    });
    const pol = JSON.parse(log.named('b3-replication-policy').inputs['policy'] as string) as PolicyDocument;
    const s3Resources = pol.Statement.filter((s) => [s.Action].flat().every((a) => a.startsWith('s3:'))).flatMap((s) => [s.Resource].flat());
    const [vault, replica] = [bucketName('b3-vault'), bucketName('b3-replica')];
    expect(new Set(s3Resources)).toEqual(new Set([`arn:aws:s3:::${vault}`, `arn:aws:s3:::${vault}/*`, `arn:aws:s3:::${replica}/*`]));
    const kmsResources = pol.Statement.filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:'))).flatMap((s) => [s.Resource].flat());
    expect(kmsResources.sort()).toEqual(['arn:aws:kms:euc1:123456789012:key/aws-s3', 'arn:aws:kms:euw1:123456789012:key/aws-s3']);
    expect(pol.Statement.flatMap((s) => [s.Action].flat())).not.toContain('s3:*');
    const trust = JSON.parse(log.named('b3-replication-role').inputs['assumeRolePolicy'] as string) as PolicyDocument;
    expect(trust.Statement[0]?.Principal).toEqual({ Service: 's3.amazonaws.com' });
  });

  it('object lock is enabled at creation on both buckets, and SSE-S3 drops the KMS statements', async () => {
    await build('b4', args({ encryption: 'AES256', objectLock: { mode: 'COMPLIANCE', retentionDays: 30 }, replica: { provider: secondary } }));
    expectHardened('b4-vault', 'euc1', 'AES256');
    for (const b of ['b4-vault', 'b4-replica']) {
      expect(log.named(b).inputs['objectLockEnabled']).toBe(true);
      expect(log.named(`${b}-lock`).inputs['rule']).toEqual({ defaultRetention: { mode: 'COMPLIANCE', days: 30 } });
    }
    const pol = JSON.parse(log.named('b4-replication-policy').inputs['policy'] as string) as PolicyDocument;
    expect(pol.Statement.flatMap((s) => [s.Action].flat()).some((a) => a.startsWith('kms:'))).toBe(false);
    expect(pol.Statement.flatMap((s) => [s.Action].flat())).toContain('s3:GetObjectRetention');
    expect(log.named('b4-replication').inputs['rules'][0].sourceSelectionCriteria).toBeUndefined();
  });

  it('R2 copy only when asked', async () => {
    const cf = new cloudflare.Provider('cfb', { apiToken: 'unused' });
    await build('b5', args({ r2: { accountId: 'cf-acct', location: 'weur', provider: cf } }));
    const r2 = log.named('b5-r2');
    expect(r2.type).toBe('cloudflare:index/r2Bucket:R2Bucket');
    expect(r2.inputs).toMatchObject({ accountId: 'cf-acct', name: 'planb-acme-b5-offsite', location: 'weur' });
    expect(providerName(r2.provider)).toBe('cfb');
    expect(log.all.filter((r) => r.name.startsWith('b1-') && r.type.startsWith('cloudflare:'))).toEqual([]);
  });
});

describe('backup checks', () => {
  it.each([
    [{ noncurrentVersionDays: 0 }, /noncurrentVersionDays/],
    [{ abortIncompleteUploadDays: 0 }, /abortIncompleteUploadDays/],
    [{ objectLock: { mode: 'GOVERNANCE' as const, retentionDays: 120 } }, /shorter than objectLock.retentionDays/],
    [{ objectLock: { mode: 'GOVERNANCE' as const, retentionDays: 0 } }, /retentionDays: 0/],
    [{ freshness: { rpoSeconds: 30, alarmTopicArns: ['t'] } }, /rpoSeconds: 30/],
    [{ freshness: { rpoSeconds: 700000, alarmTopicArns: ['t'] } }, /rpoSeconds/],
    [{ freshness: { rpoSeconds: 3600, alarmTopicArns: [] } }, /alarmTopicArns: empty/],
    [{ business: 'ACME' }, /business/],
  ])('rejects %o', (bad, message) => {
    expect(() => checkBackupVaultArgs(args(bad))).toThrow(message);
  });

  it('alarms on a sliding window of short periods covering RPO plus grace, within CloudWatch limits', () => {
    // One hour RPO: 5-minute periods over 75 minutes (15 minutes grace), not one 60-minute period.
    expect(freshnessWindow(3600)).toEqual({ period: 300, evaluationPeriods: 15, windowSeconds: 4500 });
    // One day RPO: hourly periods over 26.4 h rounded up (a tenth of the RPO as grace).
    expect(freshnessWindow(86400)).toEqual({ period: 3600, evaluationPeriods: 27, windowSeconds: 97200 });
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 604800 }), (rpo) => {
        const w = freshnessWindow(rpo);
        expect(w.period === 300 || w.period === 3600).toBe(true);
        expect(w.windowSeconds).toBeLessThanOrEqual(w.period < 3600 ? 86400 : 604800);
        // Never earlier than the RPO plus 15 minutes, unless CloudWatch's 7-day cap forbids it.
        expect(w.windowSeconds).toBeGreaterThanOrEqual(Math.min(rpo + 900, 604800));
      }),
    );
  });

  it('keeps R2 names within 63 characters', () => {
    expect(r2BucketName('shop', 'backup-orders')).toBe('planb-shop-backup-orders-offsite');
    const long = r2BucketName('a'.repeat(30), 'backup-' + 'b'.repeat(63));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toBe(r2BucketName('a'.repeat(30), 'backup-' + 'b'.repeat(63)));
  });

  it('policy builder grants nothing beyond the two buckets', () => {
    const doc = replicationPolicy({ sourceArn: 'arn:aws:s3:::src', replicaArn: 'arn:aws:s3:::dst', objectLock: false });
    expect(doc.Statement.flatMap((s) => [s.Resource].flat()).sort()).toEqual(['arn:aws:s3:::dst/*', 'arn:aws:s3:::src', 'arn:aws:s3:::src/*']);
  });
});
