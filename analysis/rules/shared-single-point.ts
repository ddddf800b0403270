import { fpKind, fpId, isCriticalOrHigh, sortPoints, subjectOf, type AnalysisGraph, type FailurePoint } from '../graph';
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
    // A vendor is written at its first service: when that service is a single point too, the two
    // are one fact at one place in the file, reported once with both named.
    const byPointer = new Map<string, [FailurePoint, Process[]][]>();
    for (const entry of sharedSinglePoints(model, graph)) {
      const at = graph.pointer(entry[0]);
      byPointer.set(at, [...(byPointer.get(at) ?? []), entry]);
    }
    for (const [at, entries] of byPointer) {
      if (entries.length > 1) {
        const processes = model.processes.filter((p) => entries.some(([, list]) => list.includes(p)));
        emit(at, 'merged', { points: sortPoints(entries.map(([x]) => x)).map((x) => subjectOf(graph, x)), processes: processes.map((p) => p.name) });
        continue;
      }
      const [point, processes] = entries[0]!;
      const names = processes.map((p) => p.name);
      if (fpKind(point) === 'vendor') emit(at, 'vendor', { vendor: graph.vendorName(fpId(point)), processes: names });
      else emit(at, 'point', { point: subjectOf(graph, point), processes: names });
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
