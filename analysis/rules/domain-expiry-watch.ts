import { defineRule } from './rule';

/** PB141: nobody is warned before a domain expires. */
export const domainExpiryWatch = defineRule({
  code: 'PB141',
  name: 'domain-expiry-unwatched',
  severity: 'warning',
  summary: 'A domain has no expiry watch.',
  why: 'An expired domain takes the site, the e-mail and every link down at once, and renewal can take days.',
  fix: 'Set expiryWatch on the domain (for example 30d) so someone is warned in time, and turn on auto-renew.',
  run({ model }, emit) {
    for (const d of model.domains) {
      if (d.expiryWatch === undefined) emit(d.path, `Nobody is warned before ${d.name} expires${d.autoRenew ? '' : ', and it does not renew itself'}.`);
    }
  },
});
