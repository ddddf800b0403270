import type { Model } from '../../model/model';
import { idIf, type FailurePoint } from '../failure-point';
import { isCriticalOrHigh } from '../graph';
import { defineRule } from './rule';

/** PB143: the business sells online but no business check watches orders or payments. */
export const orderPathCheck = defineRule({
  code: 'PB143',
  name: 'order-path-unchecked',
  severity: 'warning',
  run({ model, graph }, emit) {
    const selling = model.processes.filter((p) => isCriticalOrHigh(p) && sellsOnline(graph.normalPath(p), model));
    if (selling.length === 0) return;
    const checked = new Set(model.businessChecks.map((c) => c.process));
    if (selling.some((p) => checked.has(p))) return;
    const p = selling[0]!;
    emit(p.path, 'unchecked', { process: p.name });
  },
});

/** True when the normal path reaches a shop or a payments service, directly or transitively. */
function sellsOnline(path: ReadonlySet<FailurePoint>, model: Model): boolean {
  for (const point of path) {
    const id = idIf(point, 'service');
    if (id === undefined) continue;
    const kind = model.index.services.get(id)?.kind;
    if (kind === 'shop' || kind === 'payments') return true;
  }
  return false;
}
