/** PF002: physical names within the provider's limits, explicit or auto-named. */
import { describe, expect, it } from 'vitest';
import { checkNameLengths } from '../../../../generators/plan/preflight/check-names';
import { locator, planned } from './helpers';

describe('checkNameLengths', () => {
  it("measures an auto-named resource as Pulumi names it: logical name, '-' and 7 characters", () => {
    const fits = planned('aws:iam/role:Role', 'r'.repeat(56), {});
    expect(checkNameLengths(fits, locator(fits))).toEqual([]);
    const over = planned('aws:iam/role:Role', 'r'.repeat(57), {});
    expect(checkNameLengths(over, locator(over))).toMatchObject([
      { code: 'PF002', severity: 'error', rule: expect.stringContaining('64') },
    ]);
  });

  it('measures an explicit name in the property that carries it (S3: bucket)', () => {
    const over = planned('aws:s3/bucket:Bucket', 'vault', { bucket: 'b'.repeat(64) });
    expect(checkNameLengths(over, locator(over))).toMatchObject([
      { code: 'PF002', message: expect.stringContaining('64 characters, over the limit of 63') },
    ]);
    const fits = planned('aws:s3/bucket:Bucket', 'v'.repeat(80), { bucket: 'b'.repeat(63) });
    expect(checkNameLengths(fits, locator(fits))).toEqual([]);
  });
});
