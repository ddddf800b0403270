import { fpKind, sortPoints, subjectOf } from '../graph';
import { defineRule } from './rule';

/**
 * PB103: the plan B needs something that fails together with the normal path, so it is not there
 * on the day it is needed (a backup messenger on the same office line).
 */
export const planBSharesFailure = defineRule({
  code: 'PB103',
  name: 'plan-b-shares-failure-point',
  severity: 'error',
  run({ model, graph }, emit) {
    for (const p of model.processes) {
      const b = graph.planBPath(p);
      if (!b || !p.planB) continue;
      const normal = graph.normalPath(p);
      const shared = sortPoints([...b].filter((x) => normal.has(x)));
      if (shared.length === 0) continue;
      // Name services when there are some: the vendor and place of a shared service add nothing.
      const services = shared.filter((x) => fpKind(x) === 'service');
      const named = (services.length > 0 ? services : shared).slice(0, 3).map((x) => subjectOf(graph, x));
      emit(p.planB.path, 'shared', { process: p.name, points: named });
    }
  },
});
