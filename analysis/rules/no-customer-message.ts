import { isCriticalOrHigh } from '../graph';
import { defineRule } from './rule';

/** PB104: customers of a critical or high process get no prepared message when it stops. */
export const noCustomerMessage = defineRule({
  code: 'PB104',
  name: 'no-customer-message',
  severity: 'info',
  summary: 'A critical or high process has no ready-made message for customers.',
  why: 'In an outage nobody has time to find the right words; silence costs customers.',
  fix: 'Write a message template for this situation and set it as the process\'s customerMessage.',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (isCriticalOrHigh(p) && !p.customerMessage) emit(p.path, `There is no ready message to tell customers when ${p.name} stops.`);
    }
  },
});
