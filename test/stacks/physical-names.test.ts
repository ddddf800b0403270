/**
 * Physical names fit: every example with every id at the schema's maximum length plans with
 * each name within its provider's limit (NAME_LIMITS), and the names are the same on a second
 * run. Before names were fitted, the shop example at these lengths gave IAM roles and alarms of
 * 70+ characters, which AWS refuses at `pulumi up`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NAME_LIMITS, fitName } from '../../components/common/physical-names';
import { EXAMPLES, exampleText, planText } from './plan-helpers';
import { withLongIds } from './long-ids';
import type { Plan } from '../../generators/plan/index';

function physicalNames(plan: Plan): { type: string; name: string; limit: number }[] {
  return plan.resources.flatMap((r) => {
    const limit = NAME_LIMITS[r.type];
    const name = limit === undefined ? undefined : r.inputs[limit.property];
    return limit !== undefined && typeof name === 'string' ? [{ type: r.type, name, limit: limit.limit }] : [];
  });
}

describe('physical names at the longest ids the schema allows', () => {
  it.each(EXAMPLES)('%s: every limited resource has an explicit name within its limit, and the preflight agrees', async (example) => {
    const text = withLongIds(exampleText(example), 'q');
    const plan = await planText(text, `long-${example}.yaml`);
    const limited = plan.resources.filter((r) => NAME_LIMITS[r.type] !== undefined);
    const names = physicalNames(plan);
    expect(names.length).toBe(limited.length);
    expect(names.filter((n) => n.name.length > n.limit)).toEqual([]);
    expect(plan.preflight.findings.filter((f) => f.code === 'PF002')).toEqual([]);
    // Nothing is dropped for its length: every off-provider copy still gets its R2 bucket.
    expect(plan.notes.filter((n) => /R2|63 characters/.test(n) && !/cloudflareAccountId/.test(n))).toEqual([]);
    // Stable: the same blueprint plans to the same names.
    expect(physicalNames(await planText(text, `long-${example}.yaml`))).toEqual(names);
  });
});

describe('fitName', () => {
  it('keeps a short name readable and appends a stable hash', () => {
    expect(fitName('alerts-backup-critical', 256, 'p/s')).toMatch(/^alerts-backup-critical-[0-9a-f]{8}$/);
    expect(fitName('alerts-backup-critical', 256, 'p/s')).toBe(fitName('alerts-backup-critical', 256, 'p/s'));
  });

  it('is within the limit, lower-case and distinct per stack and per logical name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.integer({ min: 20, max: 512 }), (logical, limit) => {
        const a = fitName(logical, limit, 'planb-a/prod');
        expect(a.length).toBeLessThanOrEqual(limit);
        expect(a).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
        expect(fitName(logical, limit, 'planb-b/prod')).not.toBe(a);
        expect(fitName(`${logical}x`, limit, 'planb-a/prod')).not.toBe(a);
      }),
    );
  });
});
