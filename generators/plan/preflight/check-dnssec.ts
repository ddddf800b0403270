/**
 * PF012: DNSSEC with two DNS providers. A signed zone needs every name server the registrar lists
 * to give answers that validate against the DS record at the registrar. With one provider
 * signing and the other not (`one-provider`), a validating resolver that asks the unsigned
 * provider gets answers without signatures for a zone the parent says is signed, and fails
 * (SERVFAIL): the second provider, meant to keep the names up, takes them down for everyone
 * behind a validating resolver. Two providers signing independently need multi-signer DNSSEC
 * (RFC 8901, model 2): each publishes the other's zone-signing key in its DNSKEY set, and the
 * registrar holds both DS records. Cloudflare supports that (dnssec_multi_signer), but only
 * with a partner that can publish Cloudflare's DNSKEY, and Route 53 cannot: DNSKEY is not among
 * its record types, and its signing uses keys it keeps to itself. So with Cloudflare and Route
 * 53 the one DNSSEC setup that resolves everywhere is none, which is what Plan B builds.
 */
import type { Domain, Model } from '../../../model/model';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const CLOUDFLARE_MULTI_SIGNER = 'https://developers.cloudflare.com/dns/dnssec/multi-signer-dnssec/';
const ROUTE53_RECORD_TYPES = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html';

function finding(d: Domain, locator: ResourceLocator, message: string, rule: string, doc: string): PreflightFinding {
  return { code: 'PF012', severity: 'error', message, resource: '', location: locator.at(`${d.path}/dnssec`), rule, doc };
}

export function checkDnssec(model: Model, locator: ResourceLocator): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const d of model.domains) {
    if (d.dnssec === 'off' || d.dns.length < 2) continue;
    const providers = d.dns.join(' and ');
    if (d.dnssec === 'one-provider') {
      findings.push(
        finding(
          d,
          locator,
          `${d.name}: DNSSEC is on at the registrar for one provider, but ${providers} both answer; validating resolvers that ask the unsigned one fail. ` +
            'Remove the DS record at the registrar before the first `pulumi up` (and set dnssec: off), or set up multi-signer DNSSEC on every provider',
          'DNSSEC with several providers: every provider must sign (multi-signer, RFC 8901)',
          CLOUDFLARE_MULTI_SIGNER,
        ),
      );
    } else if (d.dns.includes('route53') && d.dns.length > 1) {
      findings.push(
        finding(
          d,
          locator,
          `${d.name}: multi-signer DNSSEC needs each provider to publish the others' DNSKEY records, and Route 53 cannot (DNSKEY is not a Route 53 record type); ` +
            'remove the DS records at the registrar and set dnssec: off, or replace Route 53 by a provider that supports multi-signer DNSSEC',
          'Route 53 publishes no foreign DNSKEY records, so it cannot take part in multi-signer DNSSEC',
          ROUTE53_RECORD_TYPES,
        ),
      );
    }
  }
  return findings;
}
