import { subjectOf } from '../graph';
import { namedSharedPoints } from '../shared-points';
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
      const shared = new Set([...graph.serviceFailurePoints(c.backup.service)].filter((x) => a.has(x)));
      if (shared.size === 0) continue;
      // Every point the backup shares with the rally point, grouped, as PB103 names them.
      const points = namedSharedPoints(graph, [c.backup.service], shared).map((x) => subjectOf(graph, x));
      emit(c.path + '/backup', 'rallyBackupShares', { channel: c.name, backup: c.backup.name, points });
    }
    const customers = model.channels.filter((c) => c.audience === 'customers');
    if (customers.length === 0) emit(model.channels.length > 0 ? '/channels' : '', 'noCustomerChannel', {});
    else if (!customers.some((c) => c.backup)) emit(customers[0]!.path, 'noCustomerBackup', {});
  },
});
