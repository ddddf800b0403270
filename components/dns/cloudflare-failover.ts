/**
 * Failover on the Cloudflare side. Cloudflare has no health-checked DNS answer
 * outside its paid Load Balancer, so:
 *  - loadBalancer: true  -> a monitor, a primary and a secondary pool and a
 *    DNS-only load balancer on the record's name (steering "off" = ordered failover);
 *  - loadBalancer: false -> the primary value as a plain record, and the name is
 *    reported in `failoverGap` so the analysis can warn. See docs/infrastructure.md.
 */
import type * as pulumi from '@pulumi/pulumi';
import * as cloudflare from '@pulumi/cloudflare';
import { childName } from '../common/names';
import { type FailoverRecordSpec, fqdn, recordKey } from './records';

export interface CloudflareFailoverContext {
  component: string;
  zoneName: string;
  zoneId: pulumi.Input<string>;
  accountId: pulumi.Input<string>;
  opts: pulumi.CustomResourceOptions;
}

/** Creates the load balancer chain for one failover record. */
export function loadBalancedRecord(ctx: CloudflareFailoverContext, f: FailoverRecordSpec): cloudflare.LoadBalancer {
  const base = childName(ctx.component, 'cf-lb', recordKey(f.name, f.type));
  const host = fqdn(ctx.zoneName, f.name);
  const m = f.monitor ?? { type: 'https' as const };
  const monitor = new cloudflare.LoadBalancerMonitor(
    `${base}-monitor`,
    {
      accountId: ctx.accountId,
      description: `Plan B monitor for ${host}`,
      type: m.type,
      // A TCP monitor takes no HTTP fields; leaving them out avoids perpetual diffs.
      ...(m.type === 'tcp'
        ? { port: m.port ?? 443 }
        : // One code range only: 2xx after following redirects is the nearest to Route 53's
          // "2xx or 3xx" (docs/infrastructure.md, DNS consistency).
          {
            method: 'GET',
            path: m.path ?? '/',
            expectedCodes: m.expectedCodes ?? '2xx',
            followRedirects: m.expectedCodes === undefined,
            port: m.port,
            header: { Host: [host] },
          }),
      interval: 60,
      retries: 2,
      timeout: 5,
    },
    ctx.opts,
  );
  const pool = (role: 'primary' | 'secondary', address: string): cloudflare.LoadBalancerPool =>
    new cloudflare.LoadBalancerPool(
      `${base}-${role}`,
      {
        accountId: ctx.accountId,
        name: `${base}-${role}`,
        monitor: monitor.id,
        // A DNS-only load balancer flattens a hostname origin to its A/AAAA addresses unless told
        // not to; Route 53 answers a CNAME failover record with the CNAME, so Cloudflare must too
        // (developers.cloudflare.com/load-balancing/additional-options/cname-flattening/).
        origins: [{ name: role, address, enabled: true, ...(f.type === 'CNAME' ? { flattenCname: false } : {}) }],
      },
      ctx.opts,
    );
  const primary = pool('primary', f.primaryValue);
  const secondary = pool('secondary', f.secondaryValue);
  return new cloudflare.LoadBalancer(
    base,
    {
      zoneId: ctx.zoneId,
      name: host,
      // DNS-only, like the Route 53 answer: no proxying the business did not ask for.
      proxied: false,
      ttl: f.ttl,
      steeringPolicy: 'off',
      defaultPools: [primary.id, secondary.id],
      fallbackPool: secondary.id,
    },
    ctx.opts,
  );
}

/** Publishes only the primary value; the caller records the name in failoverGap. */
export function staticPrimaryRecord(ctx: CloudflareFailoverContext, f: FailoverRecordSpec): cloudflare.DnsRecord {
  return new cloudflare.DnsRecord(
    childName(ctx.component, 'cf-fo', recordKey(f.name, f.type)),
    {
      zoneId: ctx.zoneId,
      name: fqdn(ctx.zoneName, f.name),
      type: f.type,
      content: f.primaryValue,
      ttl: f.ttl,
      proxied: false,
      comment: 'Plan B: primary only; Cloudflare cannot fail over without Load Balancer',
    },
    ctx.opts,
  );
}
