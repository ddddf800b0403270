import type { DataSet } from '../../model/model';
import { defineRule } from './rule';

export const MINIMUM_SET = ['customers', 'orders', 'templates', 'instructions'] as const;
export const MINIMUM_WORDS: Record<(typeof MINIMUM_SET)[number], string> = {
  customers: 'active customers and contacts',
  orders: 'open orders',
  templates: 'document templates',
  instructions: 'emergency instructions',
};

/** PB121: a part of the minimum data set is not declared, or has no offline copy. */
export const minimumSetOffline = defineRule({
  code: 'PB121',
  name: 'minimum-set-not-offline',
  severity: 'warning',
  summary: 'Part of the minimum data set (customers, open orders, templates, instructions) has no offline copy.',
  why: 'On the worst day, with no internet and no cloud, staff must still read who the customers are and what was ordered.',
  fix: 'Keep a current offline copy (encrypted USB stick, printout, office NAS) of each part of the minimum set, and mark the data set with `minimum`.',
  run({ model }, emit) {
    for (const part of MINIMUM_SET) {
      const sets = model.data.filter((d) => d.minimum === part);
      if (sets.length === 0) {
        emit(model.data.length > 0 ? '/data' : '', `No data set holds the ${MINIMUM_WORDS[part]}, so nobody keeps them offline.`);
        continue;
      }
      for (const set of sets) {
        if (!hasOfflineCopy(set)) emit(set.path, `${set.name} (${MINIMUM_WORDS[part]}) has no offline copy.`);
      }
    }
  },
});

export function hasOfflineCopy(set: DataSet): boolean {
  return set.copies.some((c) => c.offline);
}
