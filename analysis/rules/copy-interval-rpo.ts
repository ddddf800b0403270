import type { DataCopy } from '../../model/model';
import { strictestRpo } from '../facts/copies';
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
