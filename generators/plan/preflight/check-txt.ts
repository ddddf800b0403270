/**
 * PF003: TXT values in the form each provider stores unchanged. Route 53's provider wraps each
 * value in quotes, so the value plus those quotes must read as well-formed character-strings of
 * at most 255 bytes (a value quoted twice fails with InvalidChangeBatch). Cloudflare answers with
 * quoted strings of at most 255 bytes separated by one space; content in any other form shows
 * as a change on every preview.
 */
import { parseTxtPresentation } from '../../../components/dns/txt';
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const ROUTE53_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record#records-1';
const CLOUDFLARE_DOC = 'https://developers.cloudflare.com/api/resources/dns/subresources/records/models/txt_record/';

export function checkTxtRecords(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const add = (r: PlanResource, message: string, rule: string, doc: string): void => {
    findings.push({
      code: 'PF003',
      severity: 'error',
      message: `${r.name}: ${message}`,
      resource: r.name,
      location: locator.of(r),
      rule,
      doc,
    });
  };
  for (const r of resources) {
    if (r.inputs['type'] !== 'TXT') continue;
    if (r.type === 'aws:route53/record:Record') {
      const records = Array.isArray(r.inputs['records']) ? r.inputs['records'] : [];
      for (const v of records) {
        if (typeof v === 'string' && !wellFormed(`"${v}"`)) {
          add(
            r,
            `TXT value ${JSON.stringify(v)} is not valid once the provider quotes it; pass it unquoted, strings of at most 255 bytes joined by ""`,
            'Route 53 TXT: the provider adds the quotes; strings of at most 255 bytes',
            ROUTE53_DOC,
          );
        }
      }
    } else if (r.type === 'cloudflare:index/dnsRecord:DnsRecord') {
      const content = r.inputs['content'];
      if (typeof content !== 'string') continue;
      if (wellFormed(content) === undefined) {
        add(
          r,
          `TXT content ${JSON.stringify(content)} is not quoted strings of at most 255 bytes; Cloudflare would rewrite it, so every preview would show a change`,
          'Cloudflare TXT: quoted strings of at most 255 bytes',
          CLOUDFLARE_DOC,
        );
      }
    }
  }
  return findings;
}

function wellFormed(presented: string): string[] | undefined {
  const strings = parseTxtPresentation(presented);
  return strings !== undefined && strings.every((s) => Buffer.byteLength(s, 'utf8') <= 255) ? strings : undefined;
}
