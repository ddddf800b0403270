import { defineRule } from './rule';

/** PB112: access is recorded but the credentials are not in the company password manager. */
export const noVaultReference = defineRule({
  code: 'PB112',
  name: 'no-password-manager-entry',
  severity: 'warning',
  run({ model }, emit) {
    for (const s of model.services) {
      if (s.access && !s.access.vault) emit(s.path + '/access', 'service', { service: s.name });
    }
    for (const d of model.domains) {
      if (d.access && !d.access.vault) emit(d.path + '/access', 'domain', { domain: d.name });
    }
  },
});
