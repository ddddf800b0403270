import type { DataCopy, Model, Process } from '../../model/model';
import { defineRule } from './rule';

/** PB122: the freshest copy of a data set is older than the RPO of a process that needs it. */
export const copyIntervalRpo = defineRule({
  code: 'PB122',
  name: 'copy-interval-exceeds-rpo',
  severity: 'error',
  run({ model }, emit) {
    const strictest = strictestRpo(model);
    for (const set of model.data) {
      const p = strictest.get(set.id);
      if (!p || set.copies.length === 0) continue;
      let best: DataCopy = set.copies[0]!;
      for (const c of set.copies) if (c.every < best.every) best = c;
      if (best.every > p.rpo) {
        emit(best.path + '/every', 'tooRare', { data: set.name, every: best.every, process: p.name, rpo: p.rpo });
      }
    }
  },
});

/** Per data set id, the process using it with the strictest RPO. */
export function strictestRpo(model: Model): Map<string, Process> {
  const strictest = new Map<string, Process>();
  for (const p of model.processes) {
    for (const d of p.data) {
      const seen = strictest.get(d.id);
      if (!seen || p.rpo < seen.rpo) strictest.set(d.id, p);
    }
  }
  return strictest;
}
