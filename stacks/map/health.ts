/**
 * Monitoring endpoints -> HealthChecks args. Route 53 checks HTTP(S) and TCP, and the stack asks
 * it only for the endpoints a DNS failover record depends on (failoverEndpointIds): a health
 * check is a paid resource under a quota of 200 per account, and only failover needs one. Every
 * other endpoint is watched by the probe (stacks/map/probes.ts, upProbe). The blueprint's
 * "dns" checks (answers agree across providers), certificate and domain expiry and business
 * checks are not Route 53 features: stacks/map/probes.ts maps them to the Probes component.
 */
import type { AlertLevel, Endpoint, Model } from '../../model/model';
import type * as pulumi from '@pulumi/pulumi';
import { ROUTE53_CHECKER_REGIONS, type EndpointSpec, type Route53CheckerRegion } from '../../components/health/endpoints';
import type { HealthChecksArgs } from '../../components/health/health-checks';
import { note, refusedByLoader, type Notes } from './notes';
import { processesNeeding, soleProcess } from './processes';

/** An endpoint Route 53 can check, before it knows its topic. */
export interface MappedEndpoint {
  spec: Omit<EndpointSpec, 'alarmTopicArn'>;
  severity: AlertLevel;
  processes: string[];
  path: string;
}

/** Used to top up checker regions; the loader's default list, all of them Route 53 regions. */
const FALLBACK_REGIONS: Route53CheckerRegion[] = ['us-east-1', 'eu-west-1', 'ap-southeast-1', 'us-west-2'];

export function mapEndpoints(model: Model, notes: Notes): MappedEndpoint[] {
  const out: MappedEndpoint[] = [];
  for (const e of model.endpoints) {
    const target = checkTarget(e, notes);
    if (target === undefined) continue;
    const processes = processesNeeding(model, e.service.id);
    out.push({
      spec: {
        id: e.id,
        ...target,
        failureThreshold: clamp(e.failureThreshold, 1, 10),
        requestInterval: e.interval <= 10 ? 10 : 30,
        regions: checkerRegions(e, notes),
        ...(soleProcess(processes) !== undefined ? { process: soleProcess(processes) } : {}),
      },
      severity: e.severity,
      processes,
      path: e.path,
    });
    if (e.interval !== 10 && e.interval !== 30) refusedByLoader(`${e.path}/interval`, 'Route 53 checks every 10 or 30 seconds (PB042)');
    if (e.failureThreshold > 10) refusedByLoader(`${e.path}/failureThreshold`, 'Route 53 allows at most 10 failures (schema)');
    if (e.expectStatus !== 200) {
      note(notes, `${e.path}/expectStatus`, `Route 53 counts any 2xx or 3xx as healthy, not exactly ${e.expectStatus}`);
    }
  }
  return out;
}

type Target = Pick<EndpointSpec, 'type' | 'fqdn' | 'port' | 'path' | 'searchString'>;

function checkTarget(e: Endpoint, notes: Notes): Target | undefined {
  // Answers agreeing across providers is not a Route 53 health check; map/probes.ts builds it.
  if (e.check === 'dns') return undefined;
  if (e.check === 'tcp') {
    const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(e.url);
    if (m === null) refusedByLoader(`${e.path}/url`, 'a tcp check needs host:port (PB041)');
    return { type: 'TCP', fqdn: m[1] as string, port: Number(m[2]) };
  }
  let url: URL;
  try {
    url = new URL(e.url);
  } catch {
    refusedByLoader(`${e.path}/url`, 'not a URL (PB041)');
  }
  const https = url.protocol === 'https:';
  const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
  const path = `${url.pathname}${url.search}`;
  const body = e.expectBody;
  if (body !== undefined && body.length <= 255) {
    return { type: https ? 'HTTPS_STR_MATCH' : 'HTTP_STR_MATCH', fqdn: url.hostname, port, path, searchString: body };
  }
  if (body !== undefined) refusedByLoader(`${e.path}/expectBody`, 'Route 53 matches at most 255 characters (schema)');
  return { type: https ? 'HTTPS' : 'HTTP', fqdn: url.hostname, port, path };
}

/** Keeps the blueprint's regions Route 53 checks from, topped up to three from a fixed list. */
export function checkerRegions(e: Endpoint, notes: Notes): Route53CheckerRegion[] {
  const known = ROUTE53_CHECKER_REGIONS as readonly string[];
  const kept = [...new Set(e.regions.filter((r) => known.includes(r)))] as Route53CheckerRegion[];
  const dropped = e.regions.filter((r) => !known.includes(r));
  if (dropped.length > 0) refusedByLoader(`${e.path}/regions`, `Route 53 has no health checkers in ${dropped.join(', ')} (PB042)`);
  for (const r of FALLBACK_REGIONS) if (kept.length < 3 && !kept.includes(r)) kept.push(r);
  return kept.sort();
}

/**
 * Endpoints a failover record names, on a domain Plan B builds DNS for (both cloudflare and
 * route53): those need a Route 53 health check, which the failover record itself refers to.
 */
export function failoverEndpointIds(model: Model): Set<string> {
  return new Set(
    model.domains
      .filter((d) => d.dns.includes('cloudflare') && d.dns.includes('route53'))
      .flatMap((d) => d.failover.map((f) => f.check.id)),
  );
}

/** Splits mapped endpoints into those Route 53 checks (failover) and those the probe watches. */
export function splitEndpoints(
  model: Model,
  endpoints: readonly MappedEndpoint[],
): { route53: MappedEndpoint[]; probed: MappedEndpoint[] } {
  const failover = failoverEndpointIds(model);
  return { route53: endpoints.filter((e) => failover.has(e.spec.id)), probed: endpoints.filter((e) => !failover.has(e.spec.id)) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

export interface HealthDeps {
  alarmProvider: HealthChecksArgs['alarmProvider'];
  cloudflare?: HealthChecksArgs['cloudflare'];
}

export function healthChecksArgs(model: Model, endpoints: readonly MappedEndpoint[], deps: HealthDeps): HealthChecksArgs {
  return {
    business: model.business.slug,
    endpoints: endpoints.map((e) => ({ ...e.spec })),
    alarmProvider: deps.alarmProvider,
    ...(deps.cloudflare !== undefined ? { cloudflare: deps.cloudflare } : {}),
  };
}
