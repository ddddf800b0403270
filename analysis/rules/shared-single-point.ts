import { fpKind, fpId, isCriticalOrHigh, subjectOf, type AnalysisGraph, type FailurePoint } from '../graph';
import type { Model, Process } from '../../model/model';
import { defineRule } from './rule';

/**
 * PB101: one failure point stops two or more critical or high processes, none of which has a plan B
 * that works without it. A vendor counts only when it runs two or more services (otherwise it is
 * the same finding as the service), which keeps the rule monotone: fewer dependencies never make
 * a new single point.
 */
export const sharedSinglePoint = defineRule({
  code: 'PB101',
  name: 'shared-single-point-of-failure',
  severity: 'error',
  run({ model, graph }, emit) {
    for (const [point, processes] of sharedSinglePoints(model, graph)) {
      const names = processes.map((p) => p.name);
      if (fpKind(point) === 'vendor') emit(graph.pointer(point), 'vendor', { vendor: graph.vendorName(fpId(point)), processes: names });
      else emit(graph.pointer(point), 'point', { point: subjectOf(graph, point), processes: names });
    }
  },
});

/** Each failure point that stops two or more critical or high processes with no independent plan B. */
export function sharedSinglePoints(model: Model, graph: AnalysisGraph): Map<FailurePoint, Process[]> {
  const stops = new Map<FailurePoint, Process[]>();
  for (const p of model.processes) {
    if (!isCriticalOrHigh(p)) continue;
    const planB = graph.planBPath(p);
    for (const point of graph.normalPath(p)) {
      if (planB && !planB.has(point)) continue;
      const list = stops.get(point);
      if (list) list.push(p);
      else stops.set(point, [p]);
    }
  }
  for (const [point, processes] of stops) {
    if (processes.length < 2 || (fpKind(point) === 'vendor' && graph.vendorServices(fpId(point)).length < 2)) stops.delete(point);
  }
  return stops;
}
