import { sortPoints, subjectOf } from '../graph';
import { defineRule } from './rule';

/** PB152: no team rally point, a rally point with no independent backup, or customers with one line only. */
export const backupChannels = defineRule({
  code: 'PB152',
  name: 'no-backup-channel',
  severity: 'warning',
  run({ model, graph }, emit) {
    const rally = model.channels.filter((c) => c.rallyPoint && c.audience === 'team');
    if (rally.length === 0) emit(model.channels.length > 0 ? '/channels' : '', 'noRally', {});
    for (const c of rally) {
      if (!c.backup) {
        emit(c.path, 'rallyNoBackup', { channel: c.name });
        continue;
      }
      if (!c.service || !c.backup.service) continue;
      const a = graph.serviceFailurePoints(c.service);
      const shared = sortPoints([...graph.serviceFailurePoints(c.backup.service)].filter((x) => a.has(x)));
      if (shared.length > 0) emit(c.path + '/backup', 'rallyBackupShares', { channel: c.name, backup: c.backup.name, point: subjectOf(graph, shared[0]!) });
    }
    const customers = model.channels.filter((c) => c.audience === 'customers');
    if (customers.length === 0) emit(model.channels.length > 0 ? '/channels' : '', 'noCustomerChannel', {});
    else if (!customers.some((c) => c.backup)) emit(customers[0]!.path, 'noCustomerBackup', {});
  },
});
