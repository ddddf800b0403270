import type { Domain, DnsProvider } from '../../model/model';
import { listWords } from '../graph';
import { defineRule } from './rule';

const PROVIDER_NAMES: Record<DnsProvider, string> = {
  cloudflare: 'Cloudflare',
  route53: 'Route 53',
  registrar: 'the registrar\'s DNS',
  other: 'the other DNS provider',
};

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
  summary: 'A failover record is health-checked on only some of the domain\'s DNS providers; the others serve a static answer.',
  why: 'Resolvers ask any of the providers; those that ask a static one keep sending visitors to the dead server.',
  fix: 'Make every DNS provider fail over (Cloudflare needs a load balancer, with cloudflareLoadBalancer: true), or serve the record from providers that do.',
  run({ model }, emit) {
    for (const d of model.domains) {
      for (const f of d.failover) {
        const stuck = d.dns.filter((p) => !failsOver(p, d));
        if (stuck.length === 0) continue;
        const fqdn = f.name === '@' ? d.name : `${f.name}.${d.name}`;
        const working = d.dns.filter((p) => failsOver(p, d));
        const who = listWords(stuck.map((p) => PROVIDER_NAMES[p]));
        const tail = working.length > 0
          ? `; only ${listWords(working.map((p) => PROVIDER_NAMES[p]))} switches to ${f.secondary}`
          : ', so the failover never happens';
        emit(f.path, `Resolvers that ask ${who} for ${fqdn} keep getting ${f.primary} while it is down${tail}.`);
      }
    }
  },
});
