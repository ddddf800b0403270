/** PF007: deploy-phase ordering, on real plans of the shop example in both phases. */
import { describe, expect, it } from 'vitest';
import { exampleText } from '../../../stacks/plan-helpers';
import { loadBlueprintText } from '../../../../loader/index';
import { planModel, type Plan } from '../../../../generators/plan/index';

async function shop(phase: 'zones' | 'all'): Promise<Plan> {
  const loaded = loadBlueprintText(exampleText('online-shop'), 'blueprints/online-shop.yaml');
  if (!loaded.ok) throw new Error('example invalid');
  return planModel(loaded.model, { blueprint: 'blueprints/online-shop.yaml', phase });
}

describe('deploy phases', () => {
  it('phase zones leaves out the certificate that needs delegation, says so, and has nothing to warn about', async () => {
    const plan = await shop('zones');
    expect(plan.phase).toBe('zones');
    expect(plan.resources.some((r) => r.type.startsWith('aws:acm/'))).toBe(false);
    expect(plan.resources.some((r) => r.type === 'aws:route53/zone:Zone')).toBe(true);
    expect(plan.notes.some((n) => n.includes('phase zones: the status page waits for phase all'))).toBe(true);
    expect(plan.preflight.findings.filter((f) => f.code === 'PF007')).toEqual([]);
  });

  it('phase all warns that the certificate validates through a zone the same stack creates, at the statusPage line', async () => {
    const plan = await shop('all');
    const [f, ...rest] = plan.preflight.findings.filter((x) => x.code === 'PF007');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      resource: 'status-cert-validation',
      message: expect.stringContaining('planb:phase zones'),
    });
    expect(f?.location).toMatch(/^blueprints\/online-shop\.yaml:820:\d+$/);
  });
});
