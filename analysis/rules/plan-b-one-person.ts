import { defineRule } from './rule';

/** PB114: only contractors, or one person, can switch a process to its plan B. */
export const planBOnePerson = defineRule({
  code: 'PB114',
  name: 'plan-b-depends-on-one-person',
  severity: 'warning',
  variants: [{ severity: 'info', when: 'one member of staff, not a contractor, is the only one' }],
  run({ model }, emit) {
    for (const p of model.processes) {
      const b = p.planB;
      if (!b) continue;
      const people = [...new Set(b.switchedBy)];
      if (people.every((x) => x.contractor)) {
        emit(b.path + '/switchedBy', 'contractors', { process: p.name });
      } else if (people.length === 1) {
        emit(b.path + '/switchedBy', 'one', { person: people[0]!.name, process: p.name }, { severity: 'info' });
      }
    }
  },
});
