/**
 * The lean stack's budget (issue 11): the online-shop example in at most 120 cloud resources,
 * with every protection checked elsewhere (facts, no-acls, cloudflare-health, the components).
 * A change that adds resources to the shop must either find them room or change this on purpose.
 */
import { describe, expect, it } from 'vitest';
import { planExample } from './plan-helpers';

describe('resource budget', () => {
  it('online-shop plans at most 120 cloud resources', async () => {
    const plan = await planExample('online-shop');
    const cloud = plan.resources.filter((r) => r.custom && !r.type.startsWith('pulumi:providers:'));
    expect(cloud.length).toBeLessThanOrEqual(120);
  });
});
