import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as aws from '@pulumi/aws';
import * as cloudflare from '@pulumi/cloudflare';
import { type ResourceLog, installMocks, providerName, resolve, settle } from './mocks';
import {
  type BackupDataSet,
  BackupVaults,
  type BackupVaultsArgs,
  checkBackupVaultsArgs,
  freshnessWindow,
  lifecycleRules,
  r2BucketName,
  replicationPolicy,
  uploadsFilterId,
  vaultClasses,
} from '../../components/backup';
import type { PolicyDocument } from '../../components/common/policy';

let log: ResourceLog;
let primary: aws.Provider;
let secondary: aws.Provider;
beforeAll(async () => {
  log = await installMocks();
  primary = new aws.Provider('euc1', { region: 'eu-central-1' });
  secondary = new aws.Provider('euw1', { region: 'eu-west-1' });
});

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:critical';

function set(id: string, overrides: Partial<BackupDataSet> = {}): BackupDataSet {
  return { id, rpoSeconds: 86400, alarmTopicArns: [TOPIC], ...overrides };
}

function args(overrides: Partial<BackupVaultsArgs> = {}): BackupVaultsArgs {
  return { business: 'acme', dataSets: [set('orders', { process: 'orders' })], ...overrides };
}

async function build(
  name: string,
  a: BackupVaultsArgs,
  providers: Record<string, aws.Provider | cloudflare.Provider> = { aws: primary },
): Promise<BackupVaults> {
  const v = new BackupVaults(name, a, { providers });
  await Promise.all(Object.values(v.freshnessAlarmArns).map((o) => resolve(o)));
  await settle();
  return v;
}

/** The physical name a bucket was given: its logical name and a stable hash (physicalNames). */
function bucketName(logical: string): string {
  const bucket = log.named(logical).inputs['bucket'] as string;
  expect(bucket).toMatch(new RegExp(`^${logical}-[0-9a-f]{8}$`));
  return bucket;
}

// No '-ownership': S3 creates every bucket BucketOwnerEnforced (test/stacks/no-acls.test.ts).
const HARDENED = ['', '-pab', '-sse', '-versioning', '-policy', '-lifecycle'];

function expectHardened(prefix: string, provider: string, sse: string): void {
  expect(log.named(prefix).type).toBe('aws:s3/bucket:Bucket');
  expect(log.named(prefix).inputs['forceDestroy']).toBe(false);
  expect(log.named(`${prefix}-pab`).inputs).toMatchObject({
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  expect(log.names().includes(`${prefix}-ownership`)).toBe(false);
  if (sse === 'AES256') {
    // SSE-S3 is S3's own default: no configuration resource is needed for it.
    expect(log.names().includes(`${prefix}-sse`)).toBe(false);
  } else {
    expect(log.named(`${prefix}-sse`).inputs['rules'][0]).toEqual({
      applyServerSideEncryptionByDefault: { sseAlgorithm: sse },
      bucketKeyEnabled: true,
    });
  }
  expect(log.named(`${prefix}-versioning`).inputs['versioningConfiguration']).toEqual({ status: 'Enabled' });
  const pol = JSON.parse(log.named(`${prefix}-policy`).inputs['policy'] as string) as PolicyDocument;
  expect(pol.Statement).toEqual([
    expect.objectContaining({ Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
  ]);
  for (const rule of log.named(`${prefix}-lifecycle`).inputs['rules']) {
    expect(rule.noncurrentVersionExpiration.noncurrentDays).toBeGreaterThan(0);
    expect(rule.abortIncompleteMultipartUpload.daysAfterInitiation).toBeGreaterThan(0);
  }
  for (const suffix of HARDENED.filter((x) => sse !== 'AES256' || x !== '-sse')) {
    const r = log.named(`${prefix}${suffix}`);
    expect(providerName(r.provider)).toBe(provider);
    expect(r.parent).toContain('planb:backup:BackupVaults');
  }
}

describe('BackupVaults', () => {
  it('one data set without lock: one hardened vault, a prefix metric and its RPO alarm, nothing else', async () => {
    const v = await build('b1', args());
    expect(log.names().filter((n) => n.startsWith('b1-'))).toEqual(
      [...HARDENED.map((s) => `b1-unlocked${s}`), 'b1-orders-uploads-metric', 'b1-orders-no-backup-within-rpo'].sort(),
    );
    expectHardened('b1-unlocked', 'euc1', 'aws:kms');
    expect(log.named('b1-unlocked').inputs['objectLockEnabled']).toBeUndefined();
    expect(log.named('b1-orders-no-backup-within-rpo').inputs['tags']).toEqual({
      'planb:business': 'acme',
      'planb:component': 'b1',
      'planb:process': 'orders',
    });
    expect(await resolve(v.locations['orders']?.bucket as never)).toBe(bucketName('b1-unlocked'));
    expect(v.locations['orders']?.prefix).toBe('orders/');
  });

  it('data sets share a vault exactly when they share a lock; each keeps its own version retention', async () => {
    const lock30 = { mode: 'GOVERNANCE' as const, retentionDays: 30 };
    await build(
      'b2',
      args({
        dataSets: [
          set('customers', { objectLock: lock30 }),
          set('templates', { objectLock: lock30, noncurrentVersionDays: 120 }),
          set('orders', { objectLock: { mode: 'GOVERNANCE', retentionDays: 14 }, noncurrentVersionDays: 30 }),
        ],
      }),
    );
    expect(log.names('aws:s3/bucket:Bucket').filter((n) => n.startsWith('b2-'))).toEqual(['b2-governance-14d', 'b2-governance-30d']);
    expect(log.named('b2-governance-30d-lock').inputs['rule']).toEqual({ defaultRetention: { mode: 'GOVERNANCE', days: 30 } });
    expect(log.named('b2-governance-14d-lock').inputs['rule']).toEqual({ defaultRetention: { mode: 'GOVERNANCE', days: 14 } });
    const rules = log.named('b2-governance-30d-lifecycle').inputs['rules'] as {
      filter: { prefix: string };
      noncurrentVersionExpiration: { noncurrentDays: number };
    }[];
    expect(rules.map((r) => [r.filter.prefix, r.noncurrentVersionExpiration.noncurrentDays])).toEqual([
      ['customers/', 90],
      ['templates/', 120],
    ]);
    // A metric filter and an alarm per data set, each on its own vault and prefix.
    expect(log.named('b2-orders-uploads-metric').inputs).toMatchObject({
      bucket: 'b2-governance-14d-id',
      filter: { prefix: 'orders/' },
      name: 'uploads-orders',
    });
    expect(log.named('b2-templates-uploads-metric').inputs).toMatchObject({
      bucket: 'b2-governance-30d-id',
      filter: { prefix: 'templates/' },
    });
    expect(log.named('b2-orders-no-backup-within-rpo').inputs['dimensions']).toEqual({
      BucketName: bucketName('b2-governance-14d'),
      FilterId: 'uploads-orders',
    });
  });

  it('alarm fires on missing PutRequests within the RPO plus grace and notifies the topics', async () => {
    await build('b3', args({ dataSets: [set('nightly', { rpoSeconds: 3601, alarmTopicArns: ['arn:t1', 'arn:t2'] })] }));
    expect(log.named('b3-nightly-no-backup-within-rpo').inputs).toMatchObject({
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
    expect(providerName(log.named('b3-nightly-no-backup-within-rpo').provider)).toBe('euc1');
  });

  it('without topics the alarm has no actions (EventBridge hears its state changes)', async () => {
    const { alarmTopicArns: _none, ...bare } = set('quiet');
    await build('b3q', args({ dataSets: [bare] }));
    const alarm = log.named('b3q-quiet-no-backup-within-rpo').inputs;
    expect(alarm['alarmActions']).toBeUndefined();
    expect(alarm['okActions']).toBeUndefined();
  });

  it('one replica for every vault, Object Lock on without a default retention, through one role scoped to the buckets', async () => {
    await build(
      'b4',
      args({ replica: { provider: secondary }, dataSets: [set('a'), set('b', { objectLock: { mode: 'COMPLIANCE', retentionDays: 30 } })] }),
    );
    expectHardened('b4-replica', 'euw1', 'aws:kms');
    expect(log.named('b4-replica').inputs['objectLockEnabled']).toBe(true);
    expect(log.names().filter((n) => n.startsWith('b4-replica-lock'))).toEqual([]);
    expect(log.names('aws:iam/role:Role').filter((n) => n.startsWith('b4-'))).toEqual(['b4-replication-role']);
    for (const key of ['unlocked', 'compliance-30d']) {
      const cfg = log.named(`b4-${key}-replication`);
      expect(cfg.inputs['bucket']).toBe(`b4-${key}-id`);
      expect(cfg.inputs['rules'][0]).toMatchObject({
        status: 'Enabled',
        deleteMarkerReplication: { status: 'Disabled' },
        sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
        destination: {
          bucket: `arn:aws:s3:::${bucketName('b4-replica')}`,
          encryptionConfiguration: { replicaKmsKeyId: 'arn:aws:kms:euw1:123456789012:key/aws-s3' },
        },
      });
    }
    const pol = JSON.parse(log.named('b4-replication-policy').inputs['policy'] as string) as PolicyDocument;
    const s3Resources = pol.Statement.filter((s) => [s.Action].flat().every((a) => a.startsWith('s3:'))).flatMap((s) =>
      [s.Resource].flat(),
    );
    const [a, b, replica] = [bucketName('b4-unlocked'), bucketName('b4-compliance-30d'), bucketName('b4-replica')];
    expect(new Set(s3Resources)).toEqual(
      new Set([a, b].flatMap((x) => [`arn:aws:s3:::${x}`, `arn:aws:s3:::${x}/*`]).concat(`arn:aws:s3:::${replica}/*`)),
    );
    const kmsResources = pol.Statement.filter((s) => [s.Action].flat().some((x) => x.startsWith('kms:'))).flatMap((s) =>
      [s.Resource].flat(),
    );
    expect(kmsResources.sort()).toEqual(['arn:aws:kms:euc1:123456789012:key/aws-s3', 'arn:aws:kms:euw1:123456789012:key/aws-s3']);
    expect(pol.Statement.flatMap((s) => [s.Action].flat())).toContain('s3:GetObjectRetention');
    expect(pol.Statement.flatMap((s) => [s.Action].flat())).not.toContain('s3:*');
    const trust = JSON.parse(log.named('b4-replication-role').inputs['assumeRolePolicy'] as string) as PolicyDocument;
    expect(trust.Statement[0]?.Principal).toEqual({ Service: 's3.amazonaws.com' });
  });

  it('SSE-S3 drops the KMS statements and the KMS selection', async () => {
    await build('b5', args({ encryption: 'AES256', replica: { provider: secondary } }));
    expectHardened('b5-unlocked', 'euc1', 'AES256');
    const pol = JSON.parse(log.named('b5-replication-policy').inputs['policy'] as string) as PolicyDocument;
    expect(pol.Statement.flatMap((s) => [s.Action].flat()).some((a) => a.startsWith('kms:'))).toBe(false);
    expect(log.named('b5-unlocked-replication').inputs['rules'][0].sourceSelectionCriteria).toBeUndefined();
  });

  it('one R2 bucket, only when a data set is kept off AWS, through the Cloudflare provider of opts.providers', async () => {
    const cf = new cloudflare.Provider('cfb', { apiToken: 'unused' });
    await build(
      'b6',
      args({ r2: { accountId: 'cf-acct', location: 'weur' }, dataSets: [set('x', { offsite: true }), set('y', { offsite: true })] }),
      { aws: primary, cloudflare: cf },
    );
    const r2 = log.named('b6-r2');
    expect(r2.type).toBe('cloudflare:index/r2Bucket:R2Bucket');
    expect(r2.inputs).toMatchObject({ accountId: 'cf-acct', name: 'planb-acme-b6-offsite', location: 'weur' });
    expect(providerName(r2.provider)).toBe('cfb');
    await build('b7', args({ r2: { accountId: 'cf-acct' } }), { aws: primary, cloudflare: cf });
    expect(log.all.filter((r) => r.name.startsWith('b7-') && r.type.startsWith('cloudflare:'))).toEqual([]);
  });
});

describe('backup checks', () => {
  it.each([
    [{ dataSets: [] }, /dataSets: empty/],
    [{ dataSets: [set('a'), set('a')] }, /"a" appears more than once/],
    [{ dataSets: [set('A b')] }, /id: use lower-case/],
    [{ dataSets: [set('a', { noncurrentVersionDays: 0 })] }, /noncurrentVersionDays/],
    [{ abortIncompleteUploadDays: 0 }, /abortIncompleteUploadDays/],
    [{ dataSets: [set('a', { objectLock: { mode: 'GOVERNANCE', retentionDays: 120 } })] }, /shorter than objectLock.retentionDays/],
    [{ dataSets: [set('a', { objectLock: { mode: 'GOVERNANCE', retentionDays: 0 } })] }, /retentionDays: 0/],
    [{ dataSets: [set('a', { rpoSeconds: 30 })] }, /rpoSeconds: 30/],
    [{ dataSets: [set('a', { rpoSeconds: 700000 })] }, /rpoSeconds/],
    [{ business: 'ACME' }, /business/],
  ] as [Partial<BackupVaultsArgs>, RegExp][])('rejects %o', (bad, message) => {
    expect(() => checkBackupVaultsArgs(args(bad))).toThrow(message);
  });

  it('groups by lock class only, in a stable order', () => {
    const lock = (days: number) => ({ mode: 'GOVERNANCE' as const, retentionDays: days });
    const classes = vaultClasses([
      { id: 'c', objectLock: lock(30) },
      { id: 'a' },
      { id: 'b', objectLock: lock(30) },
      { id: 'd', objectLock: lock(7) },
    ]);
    expect(classes.map((c) => [c.key, c.members.map((m) => m.id)])).toEqual([
      ['governance-30d', ['c', 'b']],
      ['governance-7d', ['d']],
      ['unlocked', ['a']],
    ]);
  });

  it('one lifecycle rule per prefix, sorted, each aborting stale uploads', () => {
    expect(
      lifecycleRules(
        [
          { prefix: 'b/', noncurrentVersionDays: 3 },
          { prefix: 'a/', noncurrentVersionDays: 9 },
        ],
        7,
      ),
    ).toEqual([
      {
        id: 'expire-a',
        status: 'Enabled',
        filter: { prefix: 'a/' },
        noncurrentVersionExpiration: { noncurrentDays: 9 },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
      },
      {
        id: 'expire-b',
        status: 'Enabled',
        filter: { prefix: 'b/' },
        noncurrentVersionExpiration: { noncurrentDays: 3 },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
      },
    ]);
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

  it('keeps R2 names within 63 characters and metric filter ids within 64', () => {
    expect(r2BucketName('shop', 'backup')).toBe('planb-shop-backup-offsite');
    const long = r2BucketName('a'.repeat(30), 'backup-' + 'b'.repeat(63));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toBe(r2BucketName('a'.repeat(30), 'backup-' + 'b'.repeat(63)));
    const id = 'd'.repeat(63) + '-' + 'c'.repeat(63);
    expect(uploadsFilterId(id).length).toBeLessThanOrEqual(64);
    expect(uploadsFilterId(id)).not.toBe(uploadsFilterId(id + 'x'));
  });

  it('policy builder grants nothing beyond the buckets', () => {
    const doc = replicationPolicy({ sources: [{ arn: 'arn:aws:s3:::src', objectLock: false }], replicaArn: 'arn:aws:s3:::dst' });
    expect(doc.Statement.flatMap((s) => [s.Resource].flat()).sort()).toEqual([
      'arn:aws:s3:::dst/*',
      'arn:aws:s3:::src',
      'arn:aws:s3:::src/*',
    ]);
  });
});
