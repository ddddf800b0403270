import { statusPageBuilt } from '../../model/buildable';
import { defineRule } from './rule';

/**
 * PB153: the status page is hosted where Plan B does not build it (model/buildable.ts). A legitimate
 * choice (a hosted status service, a page of the owner's own), but the plan creates no page and no
 * updater, so the owner must know the page is theirs to run and update during an incident.
 */
export const statusPageNotBuilt = defineRule({
  code: 'PB153',
  name: 'status-page-not-built',
  severity: 'info',
  run({ model }, emit) {
    const page = model.statusPage;
    if (page !== undefined && !statusPageBuilt(page.hosting)) {
      emit(`${page.path}/hosting`, 'elsewhere', { host: page.host, hosting: page.hosting });
    }
  },
});
