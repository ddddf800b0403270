import { hasOfflineCopy, MINIMUM_SET } from '../facts/minimum-set';
import { defineRule } from './rule';

/** PB121: a part of the minimum data set is not declared, or has no offline copy. */
export const minimumSetOffline = defineRule({
  code: 'PB121',
  name: 'minimum-set-not-offline',
  severity: 'warning',
  run({ model }, emit) {
    for (const part of MINIMUM_SET) {
      const sets = model.data.filter((d) => d.minimum === part);
      if (sets.length === 0) {
        emit(model.data.length > 0 ? '/data' : '', 'undeclared', { part });
        continue;
      }
      for (const set of sets) {
        if (!hasOfflineCopy(set)) emit(set.path, 'notOffline', { data: set.name, part });
      }
    }
  },
});
