import { defineRule } from './rule';

/** PB102: a critical or high process with no plan B at all. */
export const noPlanB = defineRule({
  code: 'PB102',
  name: 'process-without-plan-b',
  severity: 'error',
  variants: [{ severity: 'warning', when: 'the process is high, not critical' }],
  run({ model }, emit) {
    for (const p of model.processes) {
      if (p.planB) continue;
      if (p.criticality === 'critical') emit(p.path, 'critical', { process: p.name });
      else if (p.criticality === 'high') emit(p.path, 'high', { process: p.name }, { severity: 'warning' });
    }
  },
});
