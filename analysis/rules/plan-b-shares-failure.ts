import { subjectOf } from '../graph';
import { namedSharedPoints } from '../shared-points';
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
      const shared = new Set([...b].filter((x) => normal.has(x)));
      if (shared.size === 0) continue;
      // Every point shared separately is named, grouped by kind: fixing one must not hide another.
      const named = namedSharedPoints(graph, p.planB.needs, shared).map((x) => subjectOf(graph, x));
      emit(p.planB.path, 'shared', { process: p.name, points: named });
    }
  },
});
