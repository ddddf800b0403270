/**
 * PF010: e-mail pages through SES. Identities are regional: a function that sends as an address
 * needs that address (or its domain) as an identity in the function's own region, verified, or
 * every e-mail page fails (error when none is planned there). And a new account's SES is in the
 * sandbox in each region: it sends only to verified addresses, at most 200 messages a day; the
 * identity is verified by the link SES e-mails to it (warning, once per region).
 */
import type { PlanResource } from '../types';
import type { ResourceLocator } from './locate';
import type { PreflightFinding } from './types';

const SANDBOX_DOC = 'https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html';

function senderOf(fn: PlanResource): string | undefined {
  const env = (fn.inputs['environment'] as { variables?: Record<string, unknown> } | undefined)?.variables;
  const from = env?.['PLANB_EMAIL_FROM'];
  return typeof from === 'string' ? from : undefined;
}

export function checkSes(resources: readonly PlanResource[], locator: ResourceLocator): PreflightFinding[] {
  const identities = resources.filter((r) => r.type === 'aws:sesv2/emailIdentity:EmailIdentity');
  const covered = (provider: string, from: string) =>
    identities.some(
      (i) => i.provider === provider && (i.inputs['emailIdentity'] === from || i.inputs['emailIdentity'] === from.split('@')[1]),
    );
  const findings: PreflightFinding[] = [];
  for (const fn of resources.filter((r) => r.type === 'aws:lambda/function:Function')) {
    const from = senderOf(fn);
    if (from === undefined || covered(fn.provider, from)) continue;
    findings.push({
      code: 'PF010',
      severity: 'error',
      message: `${fn.name}: sends e-mail as ${from}, but no SES identity for it (or its domain) is planned in the function's region; every e-mail page would be refused`,
      resource: fn.name,
      location: locator.of(fn),
      rule: 'SES sends only from a verified identity in the sending region',
      doc: 'https://docs.aws.amazon.com/ses/latest/dg/creating-identities.html',
    });
  }
  const byProvider = new Map<string, PlanResource>();
  for (const i of identities) if (!byProvider.has(i.provider)) byProvider.set(i.provider, i);
  for (const [provider, identity] of [...byProvider].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    findings.push({
      code: 'PF010',
      severity: 'warning',
      message:
        `${identity.name}: SES e-mails ${String(identity.inputs['emailIdentity'])} a verification link after the first deploy (via ${provider}); until it is clicked no e-mail page goes out. ` +
        'A new account is in the SES sandbox in that region: it sends only to verified addresses, 200 a day; request production access before relying on e-mail pages',
      resource: identity.name,
      location: locator.of(identity),
      rule: 'Amazon SES sandbox and identity verification, per account and region',
      doc: SANDBOX_DOC,
    });
  }
  return findings;
}
