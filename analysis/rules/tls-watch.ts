import type { Endpoint } from '../../model/model';
import { defineRule } from './rule';

/** PB142: an https host that no endpoint watches for certificate expiry. */
export const tlsWatch = defineRule({
  code: 'PB142',
  name: 'certificate-unwatched',
  severity: 'warning',
  run({ model }, emit) {
    // Only the business's own hosts: a vendor's certificate is the vendor's to renew.
    const own = model.domains.map((d) => d.name.toLowerCase());
    const byHost = new Map<string, Endpoint[]>();
    for (const e of model.endpoints) {
      const host = httpsHost(e.url);
      if (host === undefined || !own.some((d) => host === d || host.endsWith('.' + d))) continue;
      const list = byHost.get(host);
      if (list) list.push(e);
      else byHost.set(host, [e]);
    }
    for (const [host, list] of byHost) {
      if (list.some((e) => e.tlsDaysLeft !== undefined)) continue;
      emit(list[0]!.path, 'unwatched', { host });
    }
  },
});

function httpsHost(url: string): string | undefined {
  const m = /^https:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : undefined;
}
