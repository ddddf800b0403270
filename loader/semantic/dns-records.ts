/**
 * DNS records that cannot exist, refused where they are written instead of by the DNS providers
 * at `pulumi up`: a CNAME at the apex or beside other records, an A/AAAA value that is not an
 * address of that family, MX and CAA values without their fields, a name declared twice, a TTL
 * outside what both providers take. The value rules are the components' own (components/dns/records).
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { caaParts, dnsSpelling, isZoneName, mxParts } from '../../components/dns/records';
import { parseDuration } from '../durations';
import { quoteValue } from '../secrets';
import { forEachMatch } from './walk';
import { reporter, type Report } from './report';

const LABEL = /^(\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)$/i;
const HOST = /^(?=.{1,254}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

/** Cloudflare's floor on every plan and Route 53's sensible ceiling. */
const TTL_MIN = 60;
const TTL_MAX = 86400;

interface RecordLike {
  name?: unknown;
  type?: unknown;
  values?: unknown;
  primary?: unknown;
  secondary?: unknown;
  ttl?: unknown;
  priority?: unknown;
}

export function checkDnsRecords(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  checkStatusHost(data, report);
  forEachMatch(data, 'domains/*', (domain, domainPointer) => {
    const at = domainPointer();
    const domainName = (domain as { name?: unknown } | null)?.name;
    checkDomainName(domainName, `${at}/name`, report);
    const zone = typeof domainName === 'string' ? dnsSpelling(domainName) : '';
    const types = new Map<string, Map<string, string>>();
    const declare = (name: string, type: string, pointer: string): void => {
      const key = name.toLowerCase();
      const here = types.get(key) ?? new Map<string, string>();
      const first = here.get(type);
      if (first !== undefined) {
        report(
          pointer,
          'PB040',
          `${article(type)} ${type} record "${name}" is already declared at line ${map.locate(first).line}`,
          'merge the values into the first entry',
        );
      } else if ((here.has('CNAME') || (type === 'CNAME' && here.size > 0)) && key !== '@') {
        // A CNAME at the apex is refused as such (checkValues): the records beside it are not a second mistake.
        const other = [...here.values()][0] as string;
        report(
          pointer,
          'PB040',
          `"${name}" has a CNAME beside other records (line ${map.locate(other).line}); a CNAME must stand alone`,
          'use A/AAAA records for this name, or move the other records to another name',
        );
      }
      here.set(type, here.get(type) ?? pointer);
      types.set(key, here);
    };
    forEachMatch(domain, 'records/*', (record, pointerOf) => {
      const pointer = at + pointerOf();
      const r = (record ?? {}) as RecordLike;
      if (typeof r.name !== 'string' || typeof r.type !== 'string') return;
      if (!checkName(r.name, zone, pointer, report)) return;
      checkTtl(r.ttl, pointer, report);
      if (Array.isArray(r.values)) checkValues(r, r.values, pointer, report);
      declare(r.name, r.type, pointer);
    });
    forEachMatch(domain, 'failover/*', (record, pointerOf) => {
      const pointer = at + pointerOf();
      const f = (record ?? {}) as RecordLike;
      if (typeof f.name !== 'string' || typeof f.type !== 'string') return;
      if (!checkName(f.name, zone, pointer, report)) return;
      checkTtl(f.ttl, pointer, report);
      if (f.type === 'CNAME' && f.name === '@') {
        report(
          `${pointer}/name`,
          'PB040',
          "a CNAME cannot sit at the apex (@): the apex also holds the zone's SOA and NS records",
          'fail over the apex with type A or AAAA, or fail over a name such as www',
        );
      }
      for (const side of ['primary', 'secondary'] as const) {
        const v = f[side];
        if (typeof v === 'string') checkTarget(f.type, v, `${pointer}/${side}`, report);
      }
      if (typeof f.primary === 'string' && f.primary === f.secondary) {
        report(
          `${pointer}/secondary`,
          'PB040',
          'the secondary is the same as the primary, so nothing changes when the check fails',
          'fail over to a different target (a static copy, a maintenance page)',
        );
      }
      declare(f.name, f.type, pointer);
    });
  });
}

/**
 * The status page's host is matched against the domains as written (PB150: it must not fail with
 * the domain it reports on); "status.shop.example." escaped that finding.
 */
function checkStatusHost(data: unknown, report: Report): void {
  const host = (data as { statusPage?: { host?: unknown } } | null)?.statusPage?.host;
  if (typeof host === 'string' && host !== dnsSpelling(host)) {
    report(
      '/statusPage/host',
      'PB041',
      `${quoteValue(host)} is not written as DNS names are in a blueprint`,
      `write it in lower case without a trailing dot: ${quoteValue(dnsSpelling(host))}`,
    );
  }
}

/**
 * The domain's own name becomes the zone Plan B builds and the suffix every host is matched against
 * (endpoints, the status page), so it is written as the zone: lower case, no trailing dot, two labels
 * or more, an IDN in its punycode form. The schema's hostname format lets "localhost", "1.2.3.4" and
 * "Shop.Example." through; the build refused them later, with no line to point at.
 */
function checkDomainName(name: unknown, pointer: string, report: Report): void {
  if (typeof name !== 'string' || name === '') return;
  const lower = dnsSpelling(name);
  if (name === lower && isZoneName(name)) return;
  if (isZoneName(lower)) {
    report(
      pointer,
      'PB041',
      `${quoteValue(name)} is not written as the zone is named`,
      `write it in lower case without a trailing dot: ${quoteValue(lower)}`,
    );
    return;
  }
  report(
    pointer,
    'PB041',
    `${quoteValue(name)} is not a domain name Plan B can build a zone for`,
    'write the registered domain, e.g. shop.example or shop.co.uk: labels of a-z, 0-9 and "-", a top-level domain of letters; an international name in its punycode form (xn--80aaxitdbjk.xn--p1ai for магазин.рф)',
  );
}

/** "an A record", "an MX record", "a CNAME record": by how the type is read aloud. */
function article(type: string): string {
  return /^[AEFHILMNORSX]/.test(type) && type !== 'CNAME' && type !== 'CAA' ? 'an' : 'a';
}

/**
 * A record name is relative to its domain. One written in full ("www.shop.example" on the domain
 * shop.example) passes as labels, and the providers would serve "www.shop.example.shop.example".
 */
function checkName(name: string, zone: string, pointer: string, report: Report): boolean {
  const full = dnsSpelling(name);
  const labels = full.split('.').every((l) => LABEL.test(l));
  if (labels && zone !== '' && (full === zone || full.endsWith(`.${zone}`))) {
    const relative = full === zone ? '@' : full.slice(0, -zone.length - 1);
    const served = name.endsWith('.') ? '' : `, so it would be served as ${quoteValue(`${full}.${zone}`)}`;
    report(
      `${pointer}/name`,
      'PB040',
      `${quoteValue(name)} is written in full; a record name is relative to the domain ${zone}${served}`,
      `write ${quoteValue(relative)}`,
    );
    return false;
  }
  if (name === '@' || (labels && !name.endsWith('.'))) return true;
  report(
    `${pointer}/name`,
    'PB040',
    `${quoteValue(name)} is not a record name relative to the domain`,
    'write "@" for the domain itself, or labels such as www or _dmarc (letters, digits, "-", "_"; no scheme, no trailing dot)',
  );
  return false;
}

function checkTtl(ttl: unknown, pointer: string, report: Report): void {
  const seconds = typeof ttl === 'string' ? parseDuration(ttl) : undefined;
  if (seconds === undefined || seconds === 0 || (seconds >= TTL_MIN && seconds <= TTL_MAX)) return;
  report(
    `${pointer}/ttl`,
    'PB040',
    `a TTL of ${ttl as string} is outside what Cloudflare and Route 53 both take (1m to 1d)`,
    'use a TTL from 1m to 1d, e.g. 5m',
  );
}

function checkValues(r: RecordLike, values: unknown[], pointer: string, report: Report): void {
  if (r.type === 'CNAME') {
    if (r.name === '@') {
      report(
        `${pointer}/type`,
        'PB040',
        "a CNAME cannot sit at the apex (@): the apex also holds the zone's SOA and NS records",
        "use A/AAAA records for the apex (or your DNS provider's CNAME flattening outside Plan B)",
      );
    }
    if (values.length > 1)
      report(
        `${pointer}/values/1`,
        'PB040',
        `a CNAME takes exactly one value, not ${values.length}`,
        'keep one target; use A/AAAA records for several addresses',
      );
  }
  values.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const at = `${pointer}/values/${i}`;
    if (r.type === 'A' || r.type === 'AAAA' || r.type === 'CNAME') checkTarget(r.type, v, at, report);
    else if (r.type === 'MX' || r.type === 'CAA') {
      try {
        if (r.type === 'MX') mxParts('', v, typeof r.priority === 'number' ? r.priority : undefined);
        else caaParts('', v);
      } catch {
        report(
          at,
          'PB040',
          r.type === 'MX' ? `the MX value ${quoteValue(v)} has no preference` : `the CAA value ${quoteValue(v)} is not "flags tag value"`,
          r.type === 'MX' ? 'write "10 mx.example.com." or set priority: 10 on the record' : 'write it like 0 issue "letsencrypt.org"',
        );
      }
    }
  });
}

/** An A value is an IPv4 address, an AAAA value an IPv6 address, a CNAME value a host name. */
function checkTarget(type: string, value: string, pointer: string, report: Report): void {
  if (type === 'A' && !isIPv4(value)) {
    report(
      pointer,
      'PB040',
      `${quoteValue(value)} is not an IPv4 address, which an A record must hold`,
      isIPv6(value) ? 'use type AAAA for an IPv6 address' : 'write an address such as 192.0.2.10, or use type CNAME for a host name',
    );
  } else if (type === 'AAAA' && !isIPv6(value)) {
    report(
      pointer,
      'PB040',
      `${quoteValue(value)} is not an IPv6 address, which an AAAA record must hold`,
      isIPv4(value) ? 'use type A for an IPv4 address' : 'write an address such as 2001:db8::10, or use type CNAME for a host name',
    );
  } else if (type === 'CNAME' && (isIPv4(value) || isIPv6(value) || !HOST.test(value))) {
    report(
      pointer,
      'PB040',
      `${quoteValue(value)} is not a host name, which a CNAME must point to`,
      isIPv4(value) || isIPv6(value)
        ? 'use type A or AAAA for an address'
        : 'write a host name such as shop.example.net. (no scheme, no path)',
    );
  }
}
