import { defineRule } from './rule';

/** PB161: a domain served by one DNS provider only. */
export const singleDnsProvider = defineRule({
  code: 'PB161',
  name: 'single-dns-provider',
  severity: 'warning',
  summary: 'A domain has one authoritative DNS provider.',
  why: 'When that provider has an outage, the site and the e-mail disappear for everyone, even though they are running.',
  fix: 'Serve the domain from two DNS providers (Plan B manages Cloudflare and Route 53 with the same records).',
  run({ model }, emit) {
    for (const d of model.domains) {
      if (d.dns.length < 2) emit(d.path + '/dns', `${d.name} disappears when its only DNS provider has an outage.`);
    }
  },
});
