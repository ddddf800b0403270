import { sortPoints } from '../graph';
import { defineRule } from './rule';

/** PB152: no team rally point, a rally point with no independent backup, or customers with one line only. */
export const backupChannels = defineRule({
  code: 'PB152',
  name: 'no-backup-channel',
  severity: 'warning',
  summary: 'The team has no rally point, the rally point has no backup independent of it, or no customer channel has a backup.',
  why: 'When the usual chat or phone line is down, people do not know where to gather, and customers cannot reach you.',
  fix: 'Mark a rally point for the team, give it a backup channel on another service, and give customer channels a backup line.',
  run({ model, graph }, emit) {
    const rally = model.channels.filter((c) => c.rallyPoint && c.audience === 'team');
    if (rally.length === 0) emit(model.channels.length > 0 ? '/channels' : '', 'The team has no rally point to gather at when something is down.');
    for (const c of rally) {
      if (!c.backup) {
        emit(c.path, `The rally point ${c.name} has no backup channel.`);
        continue;
      }
      if (!c.service || !c.backup.service) continue;
      const a = graph.serviceFailurePoints(c.service);
      const shared = sortPoints([...graph.serviceFailurePoints(c.backup.service)].filter((x) => a.has(x)));
      if (shared.length > 0) emit(c.path + '/backup', `The rally point ${c.name} and its backup ${c.backup.name} both go down with ${graph.label(shared[0]!)}.`);
    }
    const customers = model.channels.filter((c) => c.audience === 'customers');
    if (customers.length === 0) emit(model.channels.length > 0 ? '/channels' : '', 'There is no channel to reach customers in an outage.');
    else if (!customers.some((c) => c.backup)) emit(customers[0]!.path, 'No customer channel has a backup line.');
  },
});
