import type { Domain, DnsProvider } from '../../model/model';
import { defineRule } from './rule';

/** Whether a DNS provider switches answers on a health check for this domain. */
export function failsOver(provider: DnsProvider, domain: Domain): boolean {
  if (provider === 'route53') return true;
  if (provider === 'cloudflare') return domain.cloudflareLoadBalancer;
  return false;
}

/**
 * PB160: a failover record works on some of the domain's DNS providers only. Resolvers pick a
 * provider at random, so a share of visitors keeps getting the dead primary.
 */
export const dnsFailoverOneProvider = defineRule({
  code: 'PB160',
  name: 'dns-failover-partial',
  severity: 'error',
  run({ model }, emit) {
    for (const d of model.domains) {
      for (const f of d.failover) {
        const stuck = d.dns.filter((p) => !failsOver(p, d));
        if (stuck.length === 0) continue;
        const fqdn = f.name === '@' ? d.name : `${f.name}.${d.name}`;
        const working = d.dns.filter((p) => failsOver(p, d));
        emit(f.path, 'partial', { fqdn, primary: f.primary, secondary: f.secondary, stuck, working });
      }
    }
  },
});
