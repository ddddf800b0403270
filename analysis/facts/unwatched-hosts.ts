/**
 * The business's own https hosts that no endpoint watches for certificate expiry, each with its
 * first endpoint (one check with tlsDaysLeft watches the certificate for every URL on the host).
 * A vendor's certificate is the vendor's to renew, so only hosts under the blueprint's domains
 * count. PB142 reports them; the checklist lists them.
 */
import type { Endpoint, Model } from '../../model/model';
import { domainResolver, httpsHost } from './domains';

export function unwatchedHosts(model: Model): Map<string, Endpoint> {
  const ours = domainResolver(model);
  const byHost = new Map<string, Endpoint[]>();
  for (const e of model.endpoints) {
    const host = httpsHost(e.url);
    if (host === undefined || ours(host) === undefined) continue;
    const list = byHost.get(host);
    if (list) list.push(e);
    else byHost.set(host, [e]);
  }
  const out = new Map<string, Endpoint>();
  for (const [host, list] of byHost) if (!list.some((e) => e.tlsDaysLeft !== undefined)) out.set(host, list[0]!);
  return out;
}
