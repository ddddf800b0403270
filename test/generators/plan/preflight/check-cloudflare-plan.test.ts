/** PF004: what a Cloudflare zone's plan allows, named at the blueprint's cloudflarePlan. */
import { describe, expect, it } from 'vitest';
import { checkCloudflarePlans } from '../../../../generators/plan/preflight/check-cloudflare-plan';
import type { Domain } from '../../../../model/model';
import type { PlanResource } from '../../../../generators/plan/types';
import { fixtureModel, locator, many } from './helpers';

const SHOP = 'blueprints/online-shop.yaml';
const zone: PlanResource = {
  urn: 'urn:zone',
  type: 'cloudflare:index/zone:Zone',
  name: 'dns-shop-cf-zone',
  parent: '',
  provider: 'cloudflare',
  custom: true,
  inputs: { name: 'samovar-tea.example' },
};
const checks = (n: number) => many('cloudflare:index/healthcheck:Healthcheck', n, () => ({ zoneId: 'dns-shop-cf-zone.id' }));

function run(plan: Domain['cloudflarePlan'], resources: PlanResource[]) {
  const model = fixtureModel(SHOP);
  const domain = model.domains[0] as Domain;
  (domain as { cloudflarePlan: Domain['cloudflarePlan'] }).cloudflarePlan = plan;
  return checkCloudflarePlans(model, [zone, ...resources], locator([zone, ...resources], model));
}

describe('checkCloudflarePlans', () => {
  it('refuses health checks on a Free zone, at the line of cloudflarePlan', () => {
    const [f, ...rest] = run('free', checks(1));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'PF004', severity: 'error', message: expect.stringContaining('free plan allows 0') });
    expect(f?.location).toMatch(/^blueprints\/online-shop\.yaml:572:\d+$/);
  });

  it('counts against the per-plan quota: Pro 10, Business 50', () => {
    expect(run('pro', checks(10))).toEqual([]);
    expect(run('pro', checks(11))).toMatchObject([{ code: 'PF004', severity: 'error' }]);
    expect(run('business', checks(11))).toEqual([]);
  });

  it('warns that load balancers need the Load Balancing add-on, and that Enterprise is not subscribed', () => {
    const lb = many('cloudflare:index/loadBalancer:LoadBalancer', 1, () => ({ zoneId: 'dns-shop-cf-zone.id' }));
    expect(run('pro', lb)).toMatchObject([{ severity: 'warning', message: expect.stringContaining('Load Balancing add-on') }]);
    expect(run('enterprise', [])).toMatchObject([{ severity: 'warning', message: expect.stringContaining('Enterprise') }]);
  });
});
