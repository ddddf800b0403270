import { defineRule } from './rule';

/** PB141: nobody is warned before a domain expires. */
export const domainExpiryWatch = defineRule({
  code: 'PB141',
  name: 'domain-expiry-unwatched',
  severity: 'warning',
  run({ model }, emit) {
    for (const d of model.domains) {
      if (d.expiryWatch === undefined) emit(d.path, 'unwatched', { domain: d.name, autoRenew: d.autoRenew });
    }
  },
});
