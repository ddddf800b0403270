import { defineRule } from './rule';

/** PB112: access is recorded but the credentials are not in the company password manager. */
export const noVaultReference = defineRule({
  code: 'PB112',
  name: 'no-password-manager-entry',
  severity: 'warning',
  summary: 'An account has access holders but no password-manager reference.',
  why: 'Credentials that live in someone\'s head or notebook are lost with that person.',
  fix: 'Store the credentials in the company password manager and add its entry as access.vault.',
  run({ model }, emit) {
    for (const s of model.services) {
      if (s.access && !s.access.vault) emit(s.path + '/access', `The ${s.name} credentials are not in the company password manager.`);
    }
    for (const d of model.domains) {
      if (d.access && !d.access.vault) emit(d.path + '/access', `The registrar credentials for ${d.name} are not in the company password manager.`);
    }
  },
});
