/**
 * What Plan B builds from a blueprint, said once. The loader (what it refuses), the analysis (what
 * the verdict may count on and what it reports as left to the owner) and the stack mapping
 * (stacks/map/) all ask these questions here, so the plan never silently leaves out something the
 * verdict assumes is built. Plain values in, so the loader can ask before the model exists.
 */

/** Plan B manages a domain's DNS only where Cloudflare and Route 53 both serve it: that pair is RedundantDns. */
export function zoneBuilt(dns: readonly unknown[]): boolean {
  return dns.includes('cloudflare') && dns.includes('route53');
}

/** Plan B builds the status page only on AWS (S3 + CloudFront); `cloudflare` and `other` are the owner's to run. */
export function statusPageBuilt(hosting: unknown): boolean {
  return hosting === 'aws';
}

/** Route 53 health checks, and so health-check alarms, exist for http and tcp endpoints only. */
export function healthCheckAlarmed(check: unknown): boolean {
  return check === 'http' || check === 'tcp';
}

/**
 * S3's fixed limits per bucket (neither can be raised): request-metrics configurations
 * (PutBucketMetricsConfiguration) and lifecycle rules (PutBucketLifecycleConfiguration).
 */
export const S3_BUCKET_LIMITS = { metricsConfigurations: 1000, lifecycleRules: 1000 } as const;

/**
 * The most `backup-bucket` copies one blueprint can have. Each copy is a prefix in its lock class's
 * vault with a request-metrics filter (its missed-backup alarm) and a lifecycle rule, and every copy
 * has a lifecycle rule in the one replica bucket, so the total meets S3's per-bucket limits first.
 */
export const BACKUP_BUCKET_COPIES_MAX = Math.min(S3_BUCKET_LIMITS.metricsConfigurations, S3_BUCKET_LIMITS.lifecycleRules);

/** The names ACM accepts in a CAA `issue` record (AWS Certificate Manager user guide, "CAA records"). */
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

export interface CaaRecordLike {
  readonly name: string;
  readonly type: string;
  readonly values: readonly string[];
}

/**
 * Whether ACM may issue for `label`.<domain> under the domain's CAA records: the closest name with
 * CAA records decides (RFC 8659), here the label itself, then the apex. Returns the index of the
 * deciding record and the issuers it allows when ACM is not among them; undefined when ACM may issue.
 */
export function caaBlocksAcm(records: readonly CaaRecordLike[], label: string): { record: number; allowed: string[] } | undefined {
  for (const name of [label, '@']) {
    const matching = records.flatMap((r, i) => (r.type === 'CAA' && r.name === name ? [i] : []));
    const values = matching.flatMap((i) => records[i]?.values ?? []);
    if (values.length === 0) continue;
    const allowed = issuers(values);
    if (allowed === undefined || allowed.some((i) => AMAZON_CAA.has(i))) return undefined;
    return { record: matching[0] as number, allowed };
  }
  return undefined;
}
