/**
 * stacks/build-stack.ts where the blueprint has no pager to build: what validate accepts must plan
 * (README, "validate"), so a blueprint that watches things before it routes alerts, or routes
 * alerts before it watches anything, plans the rest and says in a note why there is no pager.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planText } from './plan-helpers';

const fixture = (name: string) => {
  const file = join('test/fixtures/stacks', name);
  return planText(readFileSync(file, 'utf8'), file);
};

describe('buildStack without a pager', () => {
  it('builds the checks and the backup of a blueprint with no alert route, and notes the missing pager', async () => {
    const plan = await fixture('watched-without-alert-route.yaml');
    const types = new Set(plan.resources.map((r) => r.type));
    expect(types).toContain('planb:backup:BackupVaults');
    expect(types).toContain('planb:probes:Probes');
    expect(types).not.toContain('planb:alerts:AlertRouting');
    expect(plan.notes).toContain(
      'test/fixtures/stacks/watched-without-alert-route.yaml:20:7: no pager is built: there is no alert route, so the alarms page nobody (PB132); add a route under alerts',
    );
    expect(plan.leftToOwner.some((f) => f.includes('PB132'))).toBe(true);
  });

  it('leaves out the pager, with a note at the route, when nothing raises an alarm', async () => {
    const plan = await fixture('alerts-without-alarms.yaml');
    expect(plan.resources.some((r) => r.type === 'planb:alerts:AlertRouting')).toBe(false);
    expect(plan.notes).toEqual([
      'test/fixtures/stacks/alerts-without-alarms.yaml:14:5: no pager is built: nothing in the blueprint raises an alarm (no monitoring endpoint, business check, domain expiryWatch or backup-bucket copy), so the alert routes have nothing to carry',
    ]);
  });
});
