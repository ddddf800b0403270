/**
 * Domains -> RedundantDns args. Plan B builds a zone only where the blueprint says both Cloudflare
 * and Route 53 serve it (model/buildable.ts): that pair is what RedundantDns is. Other domains are
 * the owner's to run; the analysis says so (PB162), and validate refuses failover records on them.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { Domain, Model } from '../../model/model';
import type { RedundantDnsArgs } from '../../components/dns/redundant-dns';
import type { FailoverRecordSpec } from '../../components/dns/records';
import { sanitizeKey } from '../../components/common/names';
import { zoneBuilt } from '../../model/buildable';
import { refusedByLoader } from './notes';

export interface MappedFailover {
  spec: Omit<FailoverRecordSpec, 'healthCheckId'>;
  /** The endpoint whose Route 53 health check guards the primary. */
  endpointId: string;
}

export interface MappedDomain {
  /** Component name: `dns-<domain>`, from the domain name alone. */
  name: string;
  domain: Domain;
  records: RedundantDnsArgs['records'];
  failover: MappedFailover[];
}

export function dnsComponentName(domain: string): string {
  return `dns-${sanitizeKey(domain)}`;
}

/** `checkable` holds the ids of endpoints that got a Route 53 health check. */
export function mapDomains(model: Model, checkable: ReadonlySet<string>): MappedDomain[] {
  const out: MappedDomain[] = [];
  for (const d of model.domains) {
    if (!zoneBuilt(d.dns)) {
      if (d.failover.length > 0)
        refusedByLoader(`${d.path}/failover`, 'failover records on a domain whose zones Plan B does not build (PB045)');
      continue;
    }
    if (model.infrastructure.cloudflareAccountId === undefined)
      refusedByLoader(`${d.path}/dns`, 'a Cloudflare zone needs infrastructure.cloudflareAccountId (PB045)');
    const failover: MappedFailover[] = [];
    for (const f of d.failover) {
      if (!checkable.has(f.check.id)) refusedByLoader(`${f.path}/check`, `endpoint ${f.check.id} has no Route 53 health check (PB042)`);
      failover.push({
        endpointId: f.check.id,
        spec: {
          name: f.name,
          type: f.type,
          primaryValue: f.primary,
          secondaryValue: f.secondary,
          ttl: ttl(f.ttl),
          monitor: monitorOf(f.check.url, f.check.check),
        },
      });
    }
    out.push({
      name: dnsComponentName(d.name),
      domain: d,
      records: d.records.map((r) => ({
        name: r.name,
        type: r.type,
        values: [...r.values],
        ttl: ttl(r.ttl),
        ...(r.priority !== undefined ? { priority: r.priority } : {}),
      })),
      failover,
    });
  }
  return out;
}

/** Cloudflare's floor is 60 s on every plan; a day is the most either provider needs here. */
function ttl(seconds: number): number {
  return Math.min(86400, Math.max(60, Math.round(seconds)));
}

/**
 * The Cloudflare load-balancer monitor probes what the Route 53 check probes, and judges it the
 * same way as far as a monitor can: Route 53 takes any 2xx or 3xx (whatever the blueprint's
 * expectStatus; mapEndpoints notes that), so the monitor keeps its default, 2xx after following
 * redirects, rather than the one exact code that would call a 301 or 204 down where Route 53
 * calls it up.
 */
function monitorOf(url: string, check: 'http' | 'tcp' | 'dns'): FailoverRecordSpec['monitor'] {
  if (check === 'tcp') {
    const port = Number(/:(\d{1,5})$/.exec(url)?.[1] ?? 443);
    return { type: 'tcp', port };
  }
  const u = new URL(url);
  return { type: u.protocol === 'http:' ? 'http' : 'https', path: `${u.pathname}${u.search}` };
}

export interface DnsDeps {
  accountId: pulumi.Input<string>;
  healthCheckId(endpointId: string): pulumi.Input<string>;
}

export function redundantDnsArgs(model: Model, m: MappedDomain, deps: DnsDeps): RedundantDnsArgs {
  return {
    business: model.business.slug,
    zoneName: m.domain.name,
    records: m.records,
    failoverRecords: m.failover.map((f) => ({ ...f.spec, healthCheckId: deps.healthCheckId(f.endpointId) })),
    cloudflare: { accountId: deps.accountId, plan: m.domain.cloudflarePlan, loadBalancer: m.domain.cloudflareLoadBalancer },
  };
}
