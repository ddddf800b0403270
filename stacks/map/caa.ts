/**
 * CAA records against the certificate the status page asks of ACM. A zone whose CAA records name
 * only other authorities (a common "letsencrypt.org only" line) makes ACM refuse the certificate,
 * and the first `pulumi up` fails at CertificateValidation; the mapping says so beforehand.
 */
import type { Domain } from '../../model/model';

/** The names ACM accepts in a CAA `issue` record (AWS Certificate Manager user guide). */
const AMAZON_CAA = new Set(['amazon.com', 'amazontrust.com', 'awstrust.com', 'amazonaws.com']);

/** The issuers the `issue` records allow, or undefined when they allow any (no issue record). */
function issuers(values: readonly string[]): string[] | undefined {
  const found: string[] = [];
  let restricted = false;
  for (const v of values) {
    const m = /^\s*\d+\s+issue\s+"?([^"]*)"?\s*$/i.exec(v);
    if (!m) continue;
    restricted = true;
    const issuer = (m[1] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (issuer !== '') found.push(issuer);
  }
  return restricted ? found : undefined;
}

/**
 * Whether ACM may issue for `label`.<domain> under the domain's CAA records: the closest name
 * with CAA records decides (RFC 8659), here the label itself, then the apex. Returns the issuers
 * that are allowed when ACM is not among them, undefined when ACM may issue.
 */
export function caaBlocksAcm(domain: Domain, label: string): string[] | undefined {
  for (const name of [label, '@']) {
    const values = domain.records.filter((r) => r.type === 'CAA' && r.name === name).flatMap((r) => r.values);
    if (values.length === 0) continue;
    const allowed = issuers(values);
    if (allowed === undefined || allowed.some((i) => AMAZON_CAA.has(i))) return undefined;
    return allowed;
  }
  return undefined;
}
