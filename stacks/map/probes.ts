/**
 * Monitoring that Route 53 cannot do -> Probes targets: certificate days left (https endpoints
 * with tlsDaysLeft), DNS answers agreeing across providers (endpoints with check: dns), domain
 * expiry (domains with expiryWatch) and business checks. The nameservers a DNS check asks are
 * known only once the zones exist, so a DNS target names its zone and the stack fills them in.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { AlertLevel, Domain, Endpoint, Model } from '../../model/model';
import type { ProbeCheck, ProbeTarget } from '../../components/probes/targets';
import type { ProbesArgs } from '../../components/probes/probes';
import type { DnsRrType } from '../../components/probes/handler';
import { sanitizeKey } from '../../components/common/names';
import { dnsSpelling } from '../../components/dns/records';
import { refusedByLoader } from './notes';
import { expirySeverity } from '../../model/alarms';
import { processesNeeding, soleProcess } from './processes';
import type { MappedEndpoint } from './health';

type DnsCheck = Extract<ProbeCheck, { kind: 'dns' }>;
/** A DNS check before its zone exists: `zone` is the blueprint domain whose providers are asked. */
export type MappedCheck = Exclude<ProbeCheck, DnsCheck> | (Omit<DnsCheck, 'providers'> & { zone: string });

export interface MappedProbe {
  id: string;
  check: MappedCheck;
  description: string;
  severity: AlertLevel;
  processes: string[];
  path: string;
}

const DAY = 86400;

export function mapProbes(model: Model, builtZones: ReadonlySet<string>): MappedProbe[] {
  const out: MappedProbe[] = [];
  for (const e of model.endpoints) {
    if (e.tlsDaysLeft !== undefined) out.push(tlsProbe(model, e));
    if (e.check === 'dns') out.push(dnsProbe(model, e, builtZones));
  }
  for (const d of model.domains) {
    if (d.expiryWatch === undefined) continue;
    out.push({
      id: `domain-${sanitizeKey(d.name)}`,
      check: { kind: 'domain', expires: d.expires, minDays: Math.max(1, Math.ceil(d.expiryWatch / DAY)) },
      description: `${d.name} registration expires ${d.expires}`,
      severity: 'warning',
      processes: [],
      path: `${d.path}/expiryWatch`,
    });
  }
  for (const b of model.businessChecks) {
    out.push({
      id: `business-${b.id}`,
      check: {
        kind: 'business',
        url: b.url,
        floor: b.floor,
        windowSeconds: b.window,
        ...(b.field !== undefined ? { field: b.field } : {}),
        ...(b.activeHours !== undefined ? { activeHours: b.activeHours } : {}),
      },
      description: b.name,
      severity: b.severity,
      processes: [b.process.id],
      path: b.path,
    });
  }
  return out;
}

function tlsProbe(model: Model, e: Endpoint): MappedProbe {
  const url = e.check === 'http' ? parseUrl(e.url) : undefined;
  if (url === undefined || url.protocol !== 'https:')
    refusedByLoader(`${e.path}/tlsDaysLeft`, 'only an https URL has a certificate to watch (PB042)');
  return {
    id: `tls-${e.id}`,
    check: { kind: 'tls', host: url.hostname, port: url.port === '' ? 443 : Number(url.port), minDays: e.tlsDaysLeft as number },
    description: `TLS certificate of ${url.host}`,
    severity: expirySeverity(e.severity),
    processes: processesNeeding(model, e.service.id),
    path: `${e.path}/tlsDaysLeft`,
  };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The blueprint domain a host name belongs to: the longest domain it equals or ends with. */
export function zoneOf(model: Model, host: string): Domain | undefined {
  const name = dnsSpelling(host);
  return model.domains.filter((d) => name === d.name || name.endsWith(`.${d.name}`)).sort((a, b) => b.name.length - a.name.length)[0];
}

/** The record type the zone declares for a name: its failover type, else CNAME, A, AAAA, else A. */
export function recordTypeOf(domain: Domain, host: string): DnsRrType {
  const name = dnsSpelling(host);
  const relative = name === domain.name ? '@' : name.slice(0, -(domain.name.length + 1));
  const same = (n: string) => [relative, name, `${name}.`].includes(n.toLowerCase()) || (relative === '@' && n === '');
  const failover = domain.failover.find((f) => same(f.name));
  if (failover !== undefined) return failover.type;
  const types = domain.records.filter((r) => same(r.name)).map((r) => r.type);
  return (['CNAME', 'A', 'AAAA'] as const).find((t) => types.includes(t)) ?? (types[0] as DnsRrType | undefined) ?? 'A';
}

function dnsProbe(model: Model, e: Endpoint, builtZones: ReadonlySet<string>): MappedProbe {
  const domain = zoneOf(model, e.url);
  // validate refuses a name on no domain, or on one whose zones Plan B does not build (PB042,
  // model/buildable.ts); the providers it does not manage are the analysis' PB162.
  if (domain === undefined) refusedByLoader(`${e.path}/url`, `${e.url} is on none of the blueprint's domains (PB042)`);
  if (!builtZones.has(domain.name))
    refusedByLoader(`${e.path}/url`, `${e.url} is on ${domain.name}, whose zones Plan B does not build (PB042)`);
  return {
    id: `dns-${e.id}`,
    check: { kind: 'dns', name: dnsSpelling(e.url), rrtype: recordTypeOf(domain, e.url), zone: domain.name },
    description: `${e.name} (${e.url})`,
    severity: e.severity,
    processes: processesNeeding(model, e.service.id),
    path: e.path,
  };
}

/** The probe id of an endpoint it watches for up/down. */
export function upProbeId(endpointId: string): string {
  return `up-${endpointId}`;
}

/**
 * An endpoint no failover depends on -> a probe target judged as its Route 53 check would be:
 * same host, port, path and search string, down after the same number of failures (minutes).
 */
export function upProbe(e: MappedEndpoint): MappedProbe {
  const s = e.spec;
  const failures = s.failureThreshold;
  const check: MappedCheck =
    s.type === 'TCP'
      ? { kind: 'tcp', host: s.fqdn, port: s.port, failures }
      : {
          kind: 'http',
          url: `${s.type.startsWith('HTTPS') ? 'https' : 'http'}://${s.fqdn}:${s.port}${s.path ?? '/'}`,
          ...(s.searchString !== undefined ? { searchString: s.searchString } : {}),
          failures,
        };
  return { id: upProbeId(s.id), check, description: `${s.fqdn} (${s.type})`, severity: e.severity, processes: e.processes, path: e.path };
}

export interface ProbesDeps {
  /** The zone's nameservers per provider; the zone is one the stack built. */
  nameServers(zone: string): Record<string, pulumi.Input<string[]>>;
}

export function probesArgs(model: Model, probes: readonly MappedProbe[], deps: ProbesDeps): ProbesArgs {
  return {
    business: model.business.slug,
    timeZone: model.business.timezone,
    targets: probes.map((p): ProbeTarget => {
      const process = soleProcess(p.processes);
      const { check } = p;
      return {
        id: p.id,
        check:
          check.kind === 'dns' ? { kind: 'dns', name: check.name, rrtype: check.rrtype, providers: deps.nameServers(check.zone) } : check,
        description: p.description,
        ...(process !== undefined ? { process } : {}),
      };
    }),
  };
}
