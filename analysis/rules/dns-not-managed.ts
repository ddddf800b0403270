import type { DnsProvider } from '../../model/model';
import { zoneBuilt } from '../../model/buildable';
import { defineRule } from './rule';

/** The providers whose zones Plan B builds (model/buildable.ts: both, or none). */
const MANAGED: readonly DnsProvider[] = ['cloudflare', 'route53'];

/**
 * PB162: a domain whose DNS Plan B does not build, wholly or in part (model/buildable.ts). A
 * legitimate choice (DNS kept at the registrar, a third provider beside the two), but the plan
 * creates no zone there, and the DNS consistency check compares only the providers Plan B built,
 * so keeping those records right is the owner's. (Failover records on such a domain are refused
 * by validate, PB045: they would switch nothing.)
 */
export const dnsNotManaged = defineRule({
  code: 'PB162',
  name: 'dns-not-managed',
  severity: 'info',
  run({ model }, emit) {
    for (const d of model.domains) {
      if (!zoneBuilt(d.dns)) {
        emit(`${d.path}/dns`, 'notBuilt', { domain: d.name, providers: [...d.dns] });
        continue;
      }
      const others = d.dns.filter((p) => !MANAGED.includes(p));
      if (others.length > 0) emit(`${d.path}/dns`, 'partly', { domain: d.name, others });
    }
  },
});
