import { isCriticalOrHigh } from '../graph';
import { defineRule } from './rule';

/** PB104: customers of a critical or high process get no prepared message when it stops. */
export const noCustomerMessage = defineRule({
  code: 'PB104',
  name: 'no-customer-message',
  severity: 'info',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (isCriticalOrHigh(p) && !p.customerMessage) emit(p.path, 'missing', { process: p.name });
    }
  },
});
