import { defineRule } from './rule';

/** PB102: a critical or high process with no plan B at all. */
export const noPlanB = defineRule({
  code: 'PB102',
  name: 'process-without-plan-b',
  severity: 'error',
  summary: 'A critical or high process has no plan B.',
  why: 'When one of its services stops, staff have no agreed way to keep working and improvise under pressure.',
  fix: 'Write a plan B for it: a simpler, possibly manual way to keep working, its steps, and who switches to it.',
  run({ model }, emit) {
    for (const p of model.processes) {
      if (p.planB) continue;
      if (p.criticality === 'critical') emit(p.path, `${p.name} is critical but has no plan B.`);
      else if (p.criticality === 'high') emit(p.path, `${p.name} matters to customers but has no plan B.`, { severity: 'warning' });
    }
  },
});
