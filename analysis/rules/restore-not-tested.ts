import { addSeconds, defineRule } from './rule';

/** PB123: a copy whose restore was never tested, or whose test is overdue. */
export const restoreNotTested = defineRule({
  code: 'PB123',
  name: 'restore-not-tested',
  severity: 'warning',
  summary: 'A restore from a copy was never tested, or the last test is older than its checkEvery.',
  why: 'Only about a third of companies check their backups; an untested copy is often found broken on the day it is needed.',
  fix: 'Restore from the copy on a schedule, then record the date in lastChecked (and how often in checkEvery).',
  run({ model, today }, emit) {
    for (const set of model.data) {
      for (const c of set.copies) {
        if (c.kind === 'printout') continue; // read, not restored
        if (!c.lastChecked) {
          emit(c.path, `Nobody has ever tested restoring ${set.name} from ${c.where}.`);
        } else if (c.checkEvery !== undefined && addSeconds(c.lastChecked, c.checkEvery) < today) {
          emit(c.path + '/lastChecked', `The restore test of ${set.name} from ${c.where} is overdue since ${addSeconds(c.lastChecked, c.checkEvery)}.`);
        }
      }
    }
  },
});
