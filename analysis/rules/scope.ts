/** Which elements the human and monitoring rules look at. */
import type { Model, Service } from '../../model/model';
import { fp, isCriticalOrHigh, type AnalysisGraph } from '../graph';

/** Services a critical or high process needs, directly or transitively, on either path. */
export function importantServices(model: Model, graph: AnalysisGraph): Service[] {
  const wanted = new Set<string>();
  for (const p of model.processes) {
    if (!isCriticalOrHigh(p)) continue;
    for (const x of graph.normalPath(p)) wanted.add(x);
    for (const x of graph.planBPath(p) ?? []) wanted.add(x);
  }
  return model.services.filter((s) => wanted.has(fp.service(s.id)));
}
