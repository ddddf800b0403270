import { listWords } from '../graph';
import { reach } from '../timeline';
import { defineRule } from './rule';

/** PB131: no alert route and no escalation step ever reaches a person who may switch to the plan B. */
export const switcherUnreachable = defineRule({
  code: 'PB131',
  name: 'plan-b-switcher-never-alerted',
  severity: 'warning',
  summary: 'No alert route or escalation step reaches anyone who may switch a process to its plan B.',
  why: 'The people allowed to switch learn of the outage by chance, if at all.',
  fix: 'Add a switcher to an alert route for this process, or put them in the escalation order.',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (!p.planB) continue;
      if (reach(model, p, p.planB.switchedBy, undefined)) continue;
      const names = listWords([...new Set(p.planB.switchedBy)].map((x) => x.name));
      emit(p.planB.path + '/switchedBy', `No alert or escalation step ever reaches ${names}, who alone may switch ${p.name} to its plan B.`);
    }
  },
});
