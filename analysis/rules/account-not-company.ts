import { defineRule } from './rule';

/** PB110: an account (service or domain) that belongs to a contractor or a private person. */
export const accountNotCompany = defineRule({
  code: 'PB110',
  name: 'account-not-owned-by-company',
  severity: 'warning',
  variants: [{ severity: 'error', when: 'it is a domain' }],
  run({ model }, emit) {
    for (const s of model.services) {
      if (!s.account || s.account.owner === 'company') continue;
      emit(s.path + '/account', 'service', withRegisteredTo({ service: s.name, owner: s.account.owner }, s.account.registeredTo));
    }
    for (const d of model.domains) {
      if (d.account.owner === 'company') continue;
      emit(d.path + '/account', 'domain', withRegisteredTo({ domain: d.name, owner: d.account.owner }, d.account.registeredTo), {
        severity: 'error',
      });
    }
  },
});

/** Optional properties are left out, not set to undefined (exactOptionalPropertyTypes). */
function withRegisteredTo<T extends object>(params: T, registeredTo: string | undefined): T & { registeredTo?: string } {
  return registeredTo !== undefined ? { ...params, registeredTo } : params;
}
