import { addSeconds, DAY, defineRule } from './rule';

/** PB144: a domain expires within 30 days of `today` (or already has). */
export const domainExpiring = defineRule({
  code: 'PB144',
  name: 'domain-expiring',
  severity: 'error',
  variants: [{ severity: 'warning', when: 'it expires within 30 days and renews itself' }],
  run({ model, today }, emit) {
    const soon = addSeconds(today, 30 * DAY);
    for (const d of model.domains) {
      if (d.expires < today) emit(d.path + '/expires', 'expired', { domain: d.name, date: d.expires });
      else if (d.expires <= soon) {
        emit(
          d.path + '/expires',
          'expiring',
          { domain: d.name, date: d.expires, autoRenew: d.autoRenew },
          {
            severity: d.autoRenew ? 'warning' : 'error',
          },
        );
      }
    }
  },
});
