import type { Endpoint, Model } from '../../model/model';
import { defineRule } from './rule';

/** PB142: an https host that no endpoint watches for certificate expiry. */
export const tlsWatch = defineRule({
  code: 'PB142',
  name: 'certificate-unwatched',
  severity: 'warning',
  run({ model }, emit) {
    for (const [host, first] of unwatchedHosts(model)) emit(first.path, 'unwatched', { host });
  },
});

/**
 * The business's own https hosts that no endpoint watches for certificate expiry, each with its
 * first endpoint (one check with tlsDaysLeft watches the certificate for every URL on the host).
 * A vendor's certificate is the vendor's to renew, so only hosts under the blueprint's domains count.
 */
export function unwatchedHosts(model: Model): Map<string, Endpoint> {
  const own = model.domains.map((d) => d.name.toLowerCase());
  const byHost = new Map<string, Endpoint[]>();
  for (const e of model.endpoints) {
    const host = httpsHost(e.url);
    if (host === undefined || !own.some((d) => host === d || host.endsWith('.' + d))) continue;
    const list = byHost.get(host);
    if (list) list.push(e);
    else byHost.set(host, [e]);
  }
  const out = new Map<string, Endpoint>();
  for (const [host, list] of byHost) if (!list.some((e) => e.tlsDaysLeft !== undefined)) out.set(host, list[0]!);
  return out;
}

function httpsHost(url: string): string | undefined {
  const m = /^https:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : undefined;
}
