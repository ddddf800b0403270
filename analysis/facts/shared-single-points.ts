/**
 * The shared single points of failure: each failure point that stops two or more critical or high
 * processes with no plan B independent of it. PB101 reports them; the dependency map marks them.
 * A vendor counts only when it runs two or more services (otherwise it is the same fact as the
 * service), which keeps the answer monotone: fewer dependencies never make a new single point.
 */
import type { Model, Process } from '../../model/model';
import { parsePoint, type FailurePoint } from '../failure-point';
import { isCriticalOrHigh, type AnalysisGraph } from '../graph';

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
    const { kind, id } = parsePoint(point);
    if (processes.length < 2 || (kind === 'vendor' && graph.vendorServices(id).length < 2)) stops.delete(point);
  }
  return stops;
}
