import { addSeconds, DAY, defineRule } from './rule';

/** PB144: a domain expires within 30 days of `today` (or already has). */
export const domainExpiring = defineRule({
  code: 'PB144',
  name: 'domain-expiring',
  severity: 'error',
  summary: 'A domain has expired or expires within 30 days.',
  why: 'When the domain lapses the site and the e-mail stop, and someone else may register it.',
  fix: 'Renew the domain now and turn on auto-renew with the registrar.',
  run({ model, today }, emit) {
    const soon = addSeconds(today, 30 * DAY);
    for (const d of model.domains) {
      if (d.expires < today) emit(d.path + '/expires', `${d.name} expired on ${d.expires}.`);
      else if (d.expires <= soon) {
        emit(d.path + '/expires', `${d.name} expires on ${d.expires}${d.autoRenew ? ', relying on auto-renew' : ' and does not renew itself'}.`, {
          severity: d.autoRenew ? 'warning' : 'error',
        });
      }
    }
  },
});
