import { defineRule } from './rule';

/** PB161: a domain served by one DNS provider only. */
export const singleDnsProvider = defineRule({
  code: 'PB161',
  name: 'single-dns-provider',
  severity: 'warning',
  run({ model }, emit) {
    for (const d of model.domains) {
      if (d.dns.length < 2) emit(d.path + '/dns', 'single', { domain: d.name });
    }
  },
});
