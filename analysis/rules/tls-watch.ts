import { unwatchedHosts } from '../facts/unwatched-hosts';
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
