import type { DataCopy } from '../../model/model';
import { strictestRpo } from '../facts/copies';
import { DAY, defineRule } from './rule';

/** RPOs shorter than this need a copy that does not wait for someone to remember it. */
export const SHORT_RPO = 7 * DAY;

/**
 * PB124: the only copies of a data set that are made often enough for a short RPO are made by
 * hand. A copy that waits for a person is missed on their holiday or sick day, so the RPO holds
 * only while they do. Copies made too rarely are PB122's; this rule names the person instead.
 */
export const manualCopy = defineRule({
  code: 'PB124',
  name: 'manual-copy-for-short-rpo',
  severity: 'warning',
  run({ model }, emit) {
    const strictest = strictestRpo(model);
    for (const set of model.data) {
      const p = strictest.get(set.id);
      if (!p || p.rpo >= SHORT_RPO) continue;
      const inTime = set.copies.filter((c) => c.every <= p.rpo);
      if (inTime.length === 0 || inTime.some((c) => c.automated)) continue;
      const copy: DataCopy = inTime[0]!;
      const base = { data: set.name, where: copy.where, process: p.name, rpo: p.rpo };
      if (copy.madeBy) emit(copy.path, 'byPerson', { ...base, person: copy.madeBy.name });
      else emit(copy.path, 'byNobody', base);
    }
  },
});
