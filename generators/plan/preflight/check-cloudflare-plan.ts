/**
 * PF004: what each Cloudflare zone's plan allows. A new zone starts on Free; Standalone Health
 * Checks need Pro or higher, with a per-plan quota, and load balancers need the account's Load
 * Balancing add-on. RedundantDns subscribes Pro and Business explicitly (ZoneSubscription);
 * this check counts what the plan asks of each zone and names the blueprint's cloudflarePlan.
 */
import type { Domain, Model } from '../../../model/model';
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

/**
 * Standalone Health Checks per zone, by plan (Cloudflare Health Checks, "Availability";
 * checked 2026-12-02). Free has none.
 */
export const CLOUDFLARE_HEALTH_CHECKS: Readonly<Record<Domain['cloudflarePlan'], number>> = {
  free: 0,
  pro: 10,
  business: 50,
  enterprise: 1000,
};

const HEALTH_DOC = 'https://developers.cloudflare.com/health-checks/';
const LB_DOC = 'https://developers.cloudflare.com/load-balancing/get-started/enable-load-balancing/';
const PLAN_DOC = 'https://developers.cloudflare.com/fundamentals/subscriptions-and-billing/';

export function checkCloudflarePlans(model: Model, resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const zone of resources.filter((r) => r.type === 'cloudflare:index/zone:Zone')) {
    const domain = model.domains.find((d) => d.name === zone.inputs['name']);
    if (domain === undefined) continue;
    const onZone = (type: string) => resources.filter((r) => r.type === type && r.inputs['zoneId'] === `${zone.name}.id`);
    const where = locator.at(`${domain.path}/cloudflarePlan`);
    const checks = onZone('cloudflare:index/healthcheck:Healthcheck').length;
    const quota = CLOUDFLARE_HEALTH_CHECKS[domain.cloudflarePlan];
    const base = { resource: zone.name, location: where };
    if (checks > quota) {
      findings.push({
        ...base,
        code: 'PF004',
        severity: 'error',
        message: `${domain.name}: ${checks} Cloudflare health checks, but the ${domain.cloudflarePlan} plan allows ${quota}; raise cloudflarePlan or watch fewer endpoints from Cloudflare`,
        rule: 'Cloudflare Standalone Health Checks: Pro 10, Business 50, Enterprise 1,000 per zone; none on Free',
        doc: HEALTH_DOC,
      });
    }
    const balancers = onZone('cloudflare:index/loadBalancer:LoadBalancer').length;
    if (balancers > 0) {
      findings.push({
        ...base,
        location: locator.at(`${domain.path}/cloudflareLoadBalancer`),
        code: 'PF004',
        severity: 'warning',
        message: `${domain.name}: ${balancers} load balancer${balancers === 1 ? ' needs' : 's need'} the account's Load Balancing add-on (cloudflareLoadBalancer: true); buy it before the first \`pulumi up\`, the offline plan cannot see the account`,
        rule: 'Cloudflare Load Balancing is a paid add-on per account',
        doc: LB_DOC,
      });
    }
    if (domain.cloudflarePlan === 'enterprise') {
      findings.push({
        ...base,
        code: 'PF004',
        severity: 'warning',
        message: `${domain.name}: an Enterprise plan is a contract, so Plan B does not subscribe it; the zone is created on Free until Cloudflare moves it, and health checks wait for that`,
        rule: 'Cloudflare plans: Enterprise is not self-serve',
        doc: PLAN_DOC,
      });
    }
  }
  return findings;
}
