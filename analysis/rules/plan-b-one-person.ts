import { defineRule } from './rule';

/** PB114: only contractors, or one person, can switch a process to its plan B. */
export const planBOnePerson = defineRule({
  code: 'PB114',
  name: 'plan-b-depends-on-one-person',
  severity: 'warning',
  summary: 'Only one person, or only contractors, can switch a process to its plan B.',
  why: 'Support is a process, not a person: if the one who can switch is unreachable, the plan B never starts.',
  fix: 'Name at least one more member of staff in switchedBy, and make sure they have the printed steps.',
  run({ model }, emit) {
    for (const p of model.processes) {
      const b = p.planB;
      if (!b) continue;
      const people = [...new Set(b.switchedBy)];
      if (people.every((x) => x.contractor)) {
        emit(b.path + '/switchedBy', `Only contractors can switch ${p.name} to its plan B, nobody on the staff.`);
      } else if (people.length === 1) {
        emit(b.path + '/switchedBy', `Only ${people[0]!.name} can switch ${p.name} to its plan B.`, { severity: 'info' });
      }
    }
  },
});
