/**
 * Buckets stay private without the resources S3's defaults made redundant (issue 11, "A lean
 * stack"): since April 2023 a new bucket is BucketOwnerEnforced (ACLs off) and has every Block
 * Public Access setting on, and since January 2023 it encrypts with SSE-S3. The stack therefore
 * creates no BucketOwnershipControls and no SSE-S3 configuration; this test fails if anything in
 * a plan would turn ACLs back on, or if a bucket loses its explicit public-access block.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, PlanResource } from '../../generators/plan/index';
import { EXAMPLES, planExample } from './plan-helpers';

const BUCKET = 'aws:s3/bucket:Bucket';
const PAB = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
const OWNERSHIP = 'aws:s3/bucketOwnershipControls:BucketOwnershipControls';
const SSE = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';

/** The resources that can grant through an ACL (aws v7: BucketAcl; older names kept for safety). */
const ACL_TYPES = /^aws:s3\/(bucketAcl|bucketAclV2|objectCopy):/;

const plans = new Map<string, Promise<Plan>>();
const plan = (name: string): Promise<Plan> => {
  if (!plans.has(name)) plans.set(name, planExample(name));
  return plans.get(name)!;
};

/** A configuration resource's `bucket` input is the bucket's logical name plus `.id` in a plan. */
const targets = (r: PlanResource, bucket: PlanResource): boolean => String(r.inputs['bucket']).startsWith(`${bucket.name}.`);

describe.each(EXAMPLES)('%s', (name) => {
  it('enables no ACL anywhere: no ACL resource, no acl input, ownership only ever BucketOwnerEnforced', async () => {
    const p = await plan(name);
    expect(p.resources.filter((r) => ACL_TYPES.test(r.type)).map((r) => r.name)).toEqual([]);
    expect(p.resources.filter((r) => r.type.startsWith('aws:s3/') && r.inputs['acl'] !== undefined).map((r) => r.name)).toEqual([]);
    expect(p.resources.filter((r) => r.type.startsWith('aws:s3/') && r.inputs['grants'] !== undefined).map((r) => r.name)).toEqual([]);
    for (const o of p.resources.filter((r) => r.type === OWNERSHIP)) {
      expect(o.inputs['rule'], o.name).toEqual({ objectOwnership: 'BucketOwnerEnforced' });
    }
  });

  it('blocks public access on every bucket explicitly, all four settings', async () => {
    const p = await plan(name);
    const buckets = p.resources.filter((r) => r.type === BUCKET);
    expect(buckets.length).toBeGreaterThan(0);
    for (const b of buckets) {
      const blocks = p.resources.filter((r) => r.type === PAB && targets(r, b));
      expect(
        blocks.map((x) => x.inputs),
        b.name,
      ).toEqual([
        { bucket: `${b.name}.id`, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      ]);
    }
  });

  it('configures encryption only where it differs from the SSE-S3 default', async () => {
    const p = await plan(name);
    for (const c of p.resources.filter((r) => r.type === SSE)) {
      const rule = (c.inputs['rules'] as { applyServerSideEncryptionByDefault: { sseAlgorithm: string } }[])[0];
      expect(rule?.applyServerSideEncryptionByDefault.sseAlgorithm, c.name).toBe('aws:kms');
    }
  });
});
