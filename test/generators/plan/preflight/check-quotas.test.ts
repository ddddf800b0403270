/** PF005: AWS default quotas a stack can meet alone: over half a warning, over all an error. */
import { describe, expect, it } from 'vitest';
import { checkDefaultQuotas } from '../../../../generators/plan/preflight/check-quotas';
import { locator, many } from './helpers';

const healthChecks = (n: number) => many('aws:route53/healthCheck:HealthCheck', n);

describe('checkDefaultQuotas', () => {
  it('says nothing up to half of the default quota', () => {
    const r = healthChecks(100);
    expect(checkDefaultQuotas(r, locator(r))).toEqual([]);
  });

  it('warns past half (the account is shared) and fails past the quota, saying how to raise it', () => {
    const half = healthChecks(101);
    expect(checkDefaultQuotas(half, locator(half))).toMatchObject([
      { code: 'PF005', severity: 'warning', rule: 'Route 53 health checks per account: 200 by default' },
    ]);
    const over = many('aws:iam/role:Role', 1001);
    expect(checkDefaultQuotas(over, locator(over))).toMatchObject([
      { code: 'PF005', severity: 'error', message: expect.stringContaining("'Roles per account'") },
    ]);
  });

  it('fails a bucket with more metrics filters or lifecycle rules than S3 allows (1,000, fixed)', () => {
    const filters = many('aws:s3/bucketMetric:BucketMetric', 1001, () => ({ bucket: 'vault-id' }));
    expect(checkDefaultQuotas(filters, locator(filters))).toMatchObject([
      { code: 'PF005', severity: 'error', rule: 'S3 request-metrics configurations per bucket: 1000, fixed' },
    ]);
    const split = many('aws:s3/bucketMetric:BucketMetric', 1001, (i) => ({ bucket: i % 2 === 0 ? 'a' : 'b' }));
    expect(checkDefaultQuotas(split, locator(split))).toEqual([]);
    const rules = many('aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', 1, () => ({
      rules: Array.from({ length: 1001 }, () => ({})),
    }));
    expect(checkDefaultQuotas(rules, locator(rules))).toMatchObject([
      { code: 'PF005', severity: 'error', rule: 'S3 lifecycle rules per bucket: 1000, fixed' },
    ]);
  });
});
