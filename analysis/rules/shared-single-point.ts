import type { Process } from '../../model/model';
import { sharedSinglePoints } from '../facts/shared-single-points';
import { parsePoint, sortPoints, type FailurePoint } from '../failure-point';
import { subjectOf } from '../graph';
import { defineRule } from './rule';

/**
 * PB101: one failure point stops two or more critical or high processes, none of which has a plan B
 * that works without it (analysis/facts/shared-single-points.ts says which).
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
        emit(at, 'merged', {
          points: sortPoints(entries.map(([x]) => x)).map((x) => subjectOf(graph, x)),
          processes: processes.map((p) => p.name),
        });
        continue;
      }
      const [point, processes] = entries[0]!;
      const names = processes.map((p) => p.name);
      const { kind, id } = parsePoint(point);
      if (kind === 'vendor') emit(at, 'vendor', { vendor: graph.vendorName(id), processes: names });
      else emit(at, 'point', { point: subjectOf(graph, point), processes: names });
    }
  },
});
