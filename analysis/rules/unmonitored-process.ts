import { isCriticalOrHigh } from '../graph';
import { defineRule } from './rule';

/** PB140: a critical or high process needs services that nothing watches, and has no business check. */
export const unmonitoredProcess = defineRule({
  code: 'PB140',
  name: 'critical-service-unwatched',
  severity: 'warning',
  run({ model }, emit) {
    const watched = new Set(model.endpoints.map((e) => e.service));
    const checked = new Set(model.businessChecks.map((c) => c.process));
    for (const p of model.processes) {
      if (!isCriticalOrHigh(p) || checked.has(p)) continue;
      const blind = p.needs.filter((s) => !watched.has(s));
      if (blind.length === 0) continue;
      emit(p.path + '/needs', 'blind', { services: blind.map((s) => s.name), process: p.name });
    }
  },
});
