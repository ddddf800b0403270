/**
 * Pure record logic for RedundantDns: argument checks and the mapping from one
 * record spec to what each provider expects. No Pulumi resources here, so the
 * rules are table-tested on their own.
 */
import type * as pulumi from '@pulumi/pulumi';
import { sanitizeKey, shortHash } from '../common/names';
import { cloudflareTxt, route53Txt } from './txt';

export type StaticRecordType = 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX' | 'CAA';
export type FailoverRecordType = 'A' | 'AAAA' | 'CNAME';

/** A record served identically by both providers. */
export interface DnsRecordSpec {
  /** Name relative to the zone: "@" for the apex, "www", "_dmarc". */
  name: string;
  type: StaticRecordType;
  /**
   * One or more values. MX values may carry their own preference ("10 mx1.example.com");
   * plain MX hosts take `priority`. CAA values are "flags tag value" (0 issue "letsencrypt.org").
   */
  values: string[];
  /** Seconds, 60..86400 (Cloudflare's floor on every plan). */
  ttl: number;
  /** MX preference for values that do not carry one. */
  priority?: number;
}

/** How Cloudflare's load-balancer monitor probes a failover target (only with loadBalancer: true). */
export interface FailoverMonitorSpec {
  type: 'http' | 'https' | 'tcp';
  path?: string;
  port?: number;
  /** HTTP codes counted healthy, e.g. "200" or "2xx". */
  expectedCodes?: string;
}

/** A record that answers with `primaryValue` while healthy and `secondaryValue` otherwise. */
export interface FailoverRecordSpec {
  name: string;
  type: FailoverRecordType;
  primaryValue: string;
  secondaryValue: string;
  /** Route 53 health check guarding the primary (from HealthChecks). */
  healthCheckId: pulumi.Input<string>;
  ttl: number;
  /** Cloudflare monitor settings; defaults to HTTPS GET / expecting 200. */
  monitor?: FailoverMonitorSpec;
}

const LABEL = /^(\*|@|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)$/i;
/** A zone: two labels or more, the last letters only or an IDN top-level domain in punycode (xn--p1ai for .рф). */
const ZONE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

export function fqdn(zone: string, name: string): string {
  return name === '@' ? zone : `${name}.${zone}`;
}

/** Stable resource key for a record: its name and type, never its position. */
export function recordKey(name: string, type: string): string {
  return `${sanitizeKey(name)}-${type.toLowerCase()}`;
}

/** Stable key for one value of a multi-value record. */
export function valueKey(value: string): string {
  return shortHash(value);
}

/** A DNS name as a blueprint spells it: lower case, no trailing dot ("Shop.Example." -> "shop.example"). */
export function dnsSpelling(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** A domain name the DNS and status-page components take as a zone (validate asks the same: PB041). */
export function isZoneName(zone: string): boolean {
  return ZONE.test(zone);
}

export function checkZoneName(zone: string): void {
  if (!isZoneName(zone)) {
    throw new Error(`zoneName: "${zone}" is not a domain name; write it like "example.com" without a trailing dot`);
  }
}

function checkName(arg: string, name: string): void {
  const labels = name === '@' ? ['@'] : name.split('.');
  if (labels.some((l) => !LABEL.test(l))) {
    throw new Error(`${arg}.name: "${name}" is not a name relative to the zone; use "@" for the apex or labels like "www"`);
  }
}

function checkTtl(arg: string, ttl: number): void {
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 86400) {
    throw new Error(`${arg}.ttl: ${ttl} is out of range; use whole seconds from 60 to 86400`);
  }
}

/** Checks static and failover records together, since they share one name space. */
export function checkRecords(records: readonly DnsRecordSpec[], failover: readonly FailoverRecordSpec[]): void {
  const seen = new Map<string, Set<string>>();
  const note = (arg: string, name: string, type: string): void => {
    const types = seen.get(name) ?? new Set<string>();
    if (types.has(type)) throw new Error(`${arg}: ${type} record "${name}" is declared twice; merge the values into one entry`);
    if (types.has('CNAME') || (type === 'CNAME' && types.size > 0)) {
      throw new Error(`${arg}: "${name}" has a CNAME beside other records; a CNAME must stand alone, so use A/AAAA instead`);
    }
    types.add(type);
    seen.set(name, types);
  };
  records.forEach((r) => {
    const arg = `records[${r.name} ${r.type}]`;
    checkName(arg, r.name);
    checkTtl(arg, r.ttl);
    if (r.values.length === 0) throw new Error(`${arg}.values: empty; give at least one value or remove the record`);
    if (r.type === 'CNAME' && (r.values.length > 1 || r.name === '@')) {
      throw new Error(`${arg}: a CNAME takes exactly one value and cannot sit at the apex; use A/AAAA records there`);
    }
    if (r.type === 'MX') r.values.forEach((v) => mxParts(arg, v, r.priority));
    if (r.type === 'CAA') r.values.forEach((v) => caaParts(arg, v));
    note(arg, r.name, r.type);
  });
  failover.forEach((f) => {
    const arg = `failoverRecords[${f.name} ${f.type}]`;
    checkName(arg, f.name);
    checkTtl(arg, f.ttl);
    if (f.type === 'CNAME' && f.name === '@') throw new Error(`${arg}: a CNAME cannot sit at the apex; use A or AAAA`);
    if (f.primaryValue === f.secondaryValue) {
      throw new Error(`${arg}: primaryValue and secondaryValue are the same; fail over to a different target`);
    }
    note(arg, f.name, f.type);
  });
}

/** Splits an MX value into preference and host, or throws naming the fix. */
export function mxParts(arg: string, value: string, priority?: number): { preference: number; host: string } {
  const m = /^(\d{1,5})\s+(\S+)$/.exec(value.trim());
  if (m) return { preference: Number(m[1]), host: m[2] as string };
  if (/^\S+$/.test(value) && priority !== undefined) return { preference: priority, host: value };
  throw new Error(`${arg}.values: MX value "${value}" needs a preference; write "10 ${value}" or set priority`);
}

/** Splits a CAA value ("0 issue \"ca.example\"") into its three fields. */
export function caaParts(arg: string, value: string): { flags: number; tag: string; value: string } {
  const m = /^(\d{1,3})\s+(issue|issuewild|iodef)\s+"?([^"]*)"?$/.exec(value.trim());
  if (!m) throw new Error(`${arg}.values: CAA value "${value}" must look like 0 issue "letsencrypt.org"`);
  return { flags: Number(m[1]), tag: m[2] as string, value: m[3] as string };
}

/** Values in Route 53 presentation format. */
export function route53Values(r: DnsRecordSpec): string[] {
  switch (r.type) {
    case 'TXT':
      return r.values.map(route53Txt);
    case 'MX':
      return r.values.map((v) => {
        const { preference, host } = mxParts(r.name, v, r.priority);
        return `${preference} ${host}`;
      });
    case 'CAA':
      return r.values.map((v) => {
        const c = caaParts(r.name, v);
        return `${c.flags} ${c.tag} "${c.value}"`;
      });
    default:
      return [...r.values];
  }
}

/** One Cloudflare record body per value (Cloudflare stores each value as its own record). */
export interface CloudflareValue {
  key: string;
  content?: string;
  priority?: number;
  data?: { flags: number; tag: string; value: string };
}

/**
 * Cloudflare stores host names without the final dot and reports them back that way; a dot in
 * the program would show as a change on every preview. Route 53 takes either form.
 */
const noFinalDot = (host: string): string => (host.length > 1 ? host.replace(/\.$/, '') : host);

export function cloudflareValues(r: DnsRecordSpec): CloudflareValue[] {
  return r.values.map((v) => {
    const key = valueKey(v);
    if (r.type === 'MX') {
      const { preference, host } = mxParts(r.name, v, r.priority);
      return { key, content: noFinalDot(host), priority: preference };
    }
    if (r.type === 'CAA') return { key, data: caaParts(r.name, v) };
    if (r.type === 'TXT') return { key, content: cloudflareTxt(v) };
    return { key, content: noFinalDot(v) };
  });
}
