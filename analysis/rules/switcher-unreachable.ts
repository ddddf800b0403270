import { reach } from '../timeline';
import { defineRule } from './rule';

/** PB131: no alert route and no escalation step ever reaches a person who may switch to the plan B. */
export const switcherUnreachable = defineRule({
  code: 'PB131',
  name: 'plan-b-switcher-never-alerted',
  severity: 'warning',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (!p.planB) continue;
      if (reach(model, p, p.planB.switchedBy, undefined)) continue;
      const people = [...new Set(p.planB.switchedBy)].map((x) => x.name);
      emit(p.planB.path + '/switchedBy', 'unreached', { people, process: p.name });
    }
  },
});
