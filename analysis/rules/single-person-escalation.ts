import { defineRule } from './rule';

/** PB113: the escalation order names fewer than two people. */
export const singlePersonEscalation = defineRule({
  code: 'PB113',
  name: 'single-person-escalation',
  severity: 'warning',
  run({ model }, emit) {
    const people = new Set(model.escalation.map((s) => s.person));
    if (people.size === 0) emit('/escalation', 'none', {});
    else if (people.size === 1) emit('/escalation', 'one', { person: [...people][0]!.name });
  },
});
