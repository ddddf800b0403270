import { defineRule } from './rule';

/** PB113: the escalation order names fewer than two people. */
export const singlePersonEscalation = defineRule({
  code: 'PB113',
  name: 'single-person-escalation',
  severity: 'warning',
  summary: 'The escalation order has fewer than two people.',
  why: 'When the one person who decides is unreachable, nobody else knows it is their turn.',
  fix: 'Add at least a second person to the escalation order, with how long to try each one.',
  run({ model }, emit) {
    const people = new Set(model.escalation.map((s) => s.person));
    if (people.size === 0) emit('/escalation', 'There is no escalation order: nobody knows who decides when the first person is unreachable.');
    else if (people.size === 1) emit('/escalation', `The escalation order ends with ${[...people][0]!.name}: there is nobody to turn to next.`);
  },
});
