import { addSeconds, defineRule } from './rule';

/** PB123: a copy whose restore was never tested, or whose test is overdue. */
export const restoreNotTested = defineRule({
  code: 'PB123',
  name: 'restore-not-tested',
  severity: 'warning',
  run({ model, today }, emit) {
    for (const set of model.data) {
      for (const c of set.copies) {
        if (c.kind === 'printout') continue; // read, not restored
        if (!c.lastChecked) {
          emit(c.path, 'never', { data: set.name, where: c.where });
        } else if (c.checkEvery !== undefined && addSeconds(c.lastChecked, c.checkEvery) < today) {
          emit(c.path + '/lastChecked', 'overdue', { data: set.name, where: c.where, due: addSeconds(c.lastChecked, c.checkEvery) });
        }
      }
    }
  },
});
