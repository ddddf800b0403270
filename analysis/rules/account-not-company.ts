import { defineRule } from './rule';

/** PB110: an account (service or domain) that belongs to a contractor or a private person. */
export const accountNotCompany = defineRule({
  code: 'PB110',
  name: 'account-not-owned-by-company',
  severity: 'warning',
  summary: 'A service account or a domain is registered to a contractor or a private person, not the company.',
  why: 'If that person leaves, falls out with you or is unreachable, the business cannot prove the account is its own.',
  fix: 'Move the account (or the domain registration) to the company, with company documents and a company e-mail.',
  run({ model }, emit) {
    for (const s of model.services) {
      if (!s.account || s.account.owner === 'company') continue;
      const who = s.account.registeredTo ? ` (${s.account.registeredTo})` : '';
      emit(s.path + '/account', `The ${s.name} account belongs to a ${s.account.owner}${who}, not to the company.`);
    }
    for (const d of model.domains) {
      if (d.account.owner === 'company') continue;
      const who = d.account.registeredTo ? ` (${d.account.registeredTo})` : '';
      emit(d.path + '/account', `The domain ${d.name} is registered to a ${d.account.owner}${who}, not to the company.`, { severity: 'error' });
    }
  },
});
