/**
 * PF007: deploy-phase ordering. An ACM certificate validated through a zone this same stack
 * creates waits for the registrar to delegate to that zone; on a first deploy nobody has yet,
 * so CertificateValidation waits 75 minutes and fails. In phase `all` this is a warning that
 * says what to do on a first deploy; phase `zones` leaves the certificate out (stacks/config.ts).
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

export function checkDeployPhase(resources: readonly PlanResource[], phase: 'zones' | 'all', locator: ResourceLocator): PreflightFinding[] {
  if (phase !== 'all') return [];
  const zones = resources.filter((r) => r.type === 'aws:route53/zone:Zone' || r.type === 'cloudflare:index/zone:Zone');
  const validations = resources.filter((r) => r.type === 'aws:acm/certificateValidation:CertificateValidation');
  if (zones.length === 0) return [];
  return validations.map((v) => ({
    code: 'PF007',
    severity: 'warning' as const,
    message:
      `${v.name}: the certificate is validated through a zone this stack creates; on a first deploy run phase zones ` +
      '(`pulumi config set planb:phase zones`), set the registrar to the name servers in `pulumi stack output nameServers`, then run phase all',
    resource: v.name,
    location: locator.of(v),
    rule: 'ACM DNS validation needs the zone delegated; CertificateValidation times out after 75 minutes',
    doc: 'https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html',
  }));
}
