import type { AlertLevel, Model, Process } from '../../model/model';
import { hasAddressOn, routeCarries, stageReaches } from '../delivery';
import { idIf } from '../failure-point';
import type { AnalysisGraph } from '../graph';
import { defineRule } from './rule';

/**
 * PB132: a check or an alert route that tells nobody. A check whose severity no route carries for
 * what it watches; a route none of whose stages reaches anyone (its escalation never starts); a
 * route whose first stage notifies people who have no address on any of its channels (the alert
 * waits for a later stage). Such a check watches nothing: the time budget (PB130) then says that
 * customers notice the failure first.
 */
export const alertReachesNobody = defineRule({
  code: 'PB132',
  name: 'alert-reaches-nobody',
  severity: 'warning',
  run({ model, graph }, emit) {
    const carried = (severity: AlertLevel, processes: readonly Process[]) =>
      model.alerts.some((r) => (processes.length === 0 ? routeCarries(r, severity) : processes.some((p) => routeCarries(r, severity, p))));
    const watchers = processesByService(model, graph);
    for (const e of model.endpoints) {
      if (!carried(e.severity, watchers.get(e.service.id) ?? [])) {
        emit(e.path, 'noRoute', { check: e.name, severity: e.severity });
      }
    }
    for (const c of model.businessChecks) {
      if (!carried(c.severity, [c.process])) emit(c.path, 'noRoute', { check: c.name, severity: c.severity });
    }
    for (const route of model.alerts) {
      if (route.stages.every((s) => stageReaches(s).length === 0)) {
        const people = [...new Set(route.stages.flatMap((s) => s.notify))].map((p) => p.name);
        const channels = [...new Set(route.stages.flatMap((s) => s.via))].map((c) => c.name);
        emit(route.path + '/stages', 'nobody', { route: route.id, people, channels });
        continue;
      }
      const first = route.stages[0];
      if (!first) continue;
      const unaddressed = first.notify.filter((p) => !first.via.some((c) => hasAddressOn(p, c)));
      if (unaddressed.length > 0) {
        emit(first.path, 'firstUnaddressed', { route: route.id, people: unaddressed.map((p) => p.name), channels: first.via.map((c) => c.name) });
      }
    }
  },
});

/** Per service id, the processes whose normal path includes it: built once, linear in the paths. */
function processesByService(model: Model, graph: AnalysisGraph): Map<string, Process[]> {
  const out = new Map<string, Process[]>();
  for (const p of model.processes) {
    for (const point of graph.normalPath(p)) {
      const id = idIf(point, 'service');
      if (id === undefined) continue;
      const list = out.get(id);
      if (list) list.push(p);
      else out.set(id, [p]);
    }
  }
  return out;
}
