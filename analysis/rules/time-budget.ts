import { isCriticalOrHigh } from '../graph';
import { timeline } from '../timeline';
import { defineRule } from './rule';

/**
 * PB130: detection + DNS TTL + reaching someone who may switch + switch time exceeds the RTO.
 * Processes where nothing detects the failure or nobody can be reached are left to PB140/PB131.
 */
export const timeBudget = defineRule({
  code: 'PB130',
  name: 'recovery-slower-than-rto',
  severity: 'error',
  run({ model, graph }, emit) {
    for (const p of model.processes) {
      if (!isCriticalOrHigh(p) || !p.planB) continue;
      const t = timeline(model, graph, p);
      if (t.total === undefined || t.total <= p.rto) continue;
      emit(p.path + '/rto', 'slow', {
        process: p.name, total: t.total, rto: p.rto,
        detection: t.detection!.seconds, dnsTtl: t.dnsTtl, reach: t.reach!.seconds, person: t.reach!.person.name, switchTime: t.switchTime,
      });
    }
  },
});
