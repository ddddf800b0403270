/**
 * Monitoring the providers can actually run, refused here rather than dropped from the plan: a URL
 * or host:port that does not parse, a check interval Route 53 does not offer, checker regions it
 * has no checkers in, a certificate watch on a URL without one, a DNS consistency check on a name
 * whose zones Plan B does not serve, a failover decided by a check that is not a health check.
 */
import { zoneBuilt } from '../../model/buildable';
import { dnsSpelling } from '../../components/dns/records';
import { isIP } from 'node:net';
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { ROUTE53_CHECKER_REGIONS } from '../../components/health/endpoints';
import { parseDuration } from '../durations';
import { quoteValue, secretKind } from '../secrets';
import { forEachMatch, forEachString } from './walk';
import { reporter, type Report } from './report';
import { hostFix, hostPortFix, urlFix } from '../address-fixes';

const HOST = /^(?=.{1,254}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;
const HOST_PORT = /^\[?([^\]]+?)\]?:(\d{1,5})$/;
/** Route 53 checks every 10 or 30 seconds; the probes for DNS answers run every 5 minutes. */
const ROUTE53_INTERVALS = [10, 30];
const PROBE_INTERVAL = 300;

interface EndpointLike {
  id?: unknown;
  check?: unknown;
  url?: unknown;
  interval?: unknown;
  regions?: unknown;
  tlsDaysLeft?: unknown;
}

/**
 * An http(s) URL, or undefined when it does not parse as one. Port 0 parses (WHATWG URL) but
 * reaches nothing, and the health check and probe components refuse it: so does this.
 */
export function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.port !== '0' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function isHostName(text: string): boolean {
  return HOST.test(text) && isIP(text) === 0;
}

/** Host and port of a tcp target, or undefined. */
export function hostPort(text: string): { host: string; port: number } | undefined {
  const m = HOST_PORT.exec(text);
  if (!m) return undefined;
  const host = m[1] as string;
  const port = Number(m[2]);
  if (port < 1 || port > 65535 || !(isHostName(host) || isIP(host) !== 0)) return undefined;
  return { host, port };
}

export function checkEndpoints(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  const kinds = new Map<string, string>();
  forEachMatch(data, 'monitoring/endpoints/*', (item, pointerOf) => {
    const e = (item ?? {}) as EndpointLike;
    const check = e.check === undefined ? 'http' : e.check;
    if (typeof e.id === 'string' && typeof check === 'string') kinds.set(e.id, check);
    if (typeof e.url !== 'string' || typeof check !== 'string') return;
    const pointer = pointerOf();
    checkTarget(check, e.url, pointer, report);
    checkInterval(check, e.interval, pointer, report);
    if (check !== 'dns') checkRegions(e.regions, pointer, report);
    if (e.tlsDaysLeft !== undefined && (check !== 'http' || httpUrl(e.url)?.protocol !== 'https:')) {
      report(
        `${pointer}/tlsDaysLeft`,
        'PB042',
        'only an http check of an https:// URL has a certificate to watch',
        'remove tlsDaysLeft, or watch the certificate on an http endpoint with an https:// URL',
      );
    }
  });
  forEachString(data, 'monitoring/businessChecks/*/url', (url, pointerOf) => {
    // What is no URL at all the schema's uri format reports; this adds ftp:, mailto: and the like.
    if (URL.canParse(url) && httpUrl(url) === undefined) {
      report(
        pointerOf(),
        'PB041',
        `${quoteValue(url)} is not an http:// or https:// URL`,
        'write the full address of the metric, e.g. https://shop.example/api/metrics/orders',
      );
    }
  });
  checkDnsZones(data, report);
  forEachString(data, 'domains/*/failover/*/check', (id, pointerOf) => {
    if (kinds.get(id) !== 'dns') return;
    report(
      pointerOf(),
      'PB042',
      `endpoint ${id} checks DNS answers, which is not a health check a failover record can follow`,
      'decide the failover with an http or tcp endpoint that checks the primary target itself',
    );
  });
}

/**
 * The rule, led by the address the writer most likely meant when it can be told; never for a
 * value that looks like a secret (a token in a query), which the rewrite would repeat.
 */
function meant(written: string, fix: (written: string) => string | undefined, rule: string): string {
  const guess = secretKind(written) === undefined ? fix(written) : undefined;
  return guess === undefined ? rule : `did you mean "${guess}"? (${rule})`;
}

function checkTarget(check: string, url: string, pointer: string, report: Report): void {
  const at = `${pointer}/url`;
  if (check === 'http' && httpUrl(url) === undefined) {
    report(
      at,
      'PB041',
      `${quoteValue(url)} is not an http:// or https:// URL${/^https?:\/\/[^/]*:0+(?:[/?#]|$)/i.test(url) ? ' (port 0 reaches nothing)' : ''}`,
      meant(
        url,
        urlFix,
        'write the full URL, e.g. https://shop.example/health, with a port of 1..65535 if any (or set check: tcp for host:port)',
      ),
    );
  } else if (check === 'tcp' && hostPort(url) === undefined) {
    report(
      at,
      'PB041',
      `${quoteValue(url)} is not host:port (a port is 1..65535)`,
      meant(url, hostPortFix, 'write it like 203.0.113.10:443 or mail.example.com:25, without a scheme'),
    );
  } else if (check === 'dns' && !isHostName(url)) {
    report(
      at,
      'PB041',
      `${quoteValue(url)} is not a host name`,
      meant(url, hostFix, 'write the name whose answers are compared, e.g. www.shop.example (no scheme, no path)'),
    );
  }
}

function checkInterval(check: string, interval: unknown, pointer: string, report: Report): void {
  if (typeof interval !== 'string') return;
  const seconds = parseDuration(interval);
  if (seconds === undefined || seconds === 0) return;
  if (check === 'dns' && seconds !== PROBE_INTERVAL) {
    report(
      `${pointer}/interval`,
      'PB042',
      `DNS answers are compared every 5 minutes, not every ${interval}`,
      'write interval: 5m, or leave interval out',
    );
  } else if (check !== 'dns' && !ROUTE53_INTERVALS.includes(seconds)) {
    report(
      `${pointer}/interval`,
      'PB042',
      `Route 53 checks every 10s or 30s, not every ${interval}`,
      'write interval: 30s (or 10s, which costs more)',
    );
  }
}

function checkRegions(regions: unknown, pointer: string, report: Report): void {
  if (!Array.isArray(regions)) return;
  const known = ROUTE53_CHECKER_REGIONS as readonly string[];
  regions.forEach((r: unknown, i) => {
    if (typeof r !== 'string' || known.includes(r) || !/^[a-z]{2}-[a-z]+-[0-9]$/.test(r)) return;
    report(`${pointer}/regions/${i}`, 'PB042', `Route 53 has no health checkers in ${r}`, `use three of: ${known.join(', ')}`);
  });
}

/**
 * A DNS consistency check asks each provider's nameservers of the zone, which are known only for
 * zones Plan B builds: a blueprint domain served by both cloudflare and route53 (model/buildable.ts).
 */
function checkDnsZones(data: unknown, report: Report): void {
  // Whether Plan B builds each zone; undefined where `dns` is not a list (the schema reports that,
  // and one mistake is one error: `dns: cloudflare, route53` is not also a check with no answers).
  const zones = new Map<string, boolean | undefined>();
  forEachMatch(data, 'domains/*', (d) => {
    const { name, dns } = (d ?? {}) as { name?: unknown; dns?: unknown };
    if (typeof name === 'string')
      zones.set(name.toLowerCase(), Array.isArray(dns) ? zoneBuilt(dns) : dns === undefined ? false : undefined);
  });
  forEachMatch(data, 'monitoring/endpoints/*', (item, pointerOf) => {
    const { check, url } = (item ?? {}) as EndpointLike;
    if (check !== 'dns' || typeof url !== 'string' || !isHostName(url)) return;
    const host = dnsSpelling(url);
    const zone = [...zones.keys()].filter((z) => host === z || host.endsWith(`.${z}`)).sort((a, b) => b.length - a.length)[0];
    if (zone !== undefined && zones.get(zone) !== false) return;
    report(
      `${pointerOf()}/url`,
      'PB042',
      zone === undefined
        ? `${url} is on none of this blueprint's domains, so there are no providers whose answers can be compared`
        : `${url} is on ${zone}, which is not served by both cloudflare and route53, so there are no two answers to compare`,
      zone === undefined
        ? 'check a name on one of the domains under domains:, or remove this endpoint'
        : `set dns: [cloudflare, route53] on ${zone}, or remove this endpoint`,
    );
  });
}
