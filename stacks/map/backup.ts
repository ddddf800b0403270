/**
 * Data copies of kind backup-bucket -> BackupVault args, one vault per copy: each copy has its own
 * retention and lock, and the "no new backup within RPO" alarm watches one bucket.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { AlertLevel, DataCopy, DataSet, Model } from '../../model/model';
import { type BackupVaultArgs } from '../../components/backup/backupVault';
import { sanitizeKey } from '../../components/common/names';
import { note, refusedByLoader, type Notes } from './notes';
import { backupSeverity, processesUsing, soleProcess } from './processes';

const DAY = 86400;
/** CloudWatch's alarm window: one minute to seven days. */
const RPO_MIN = 60;
const RPO_MAX = 7 * DAY;

export interface MappedVault {
  /** Component name: `backup-<data id>-<copy id>`. */
  name: string;
  data: DataSet;
  copy: DataCopy;
  severity: AlertLevel;
  processes: string[];
  rpoSeconds: number;
  noncurrentVersionDays: number;
  objectLock?: BackupVaultArgs['objectLock'];
  /** An R2 bucket as the off-provider copy (only with a Cloudflare account). */
  r2: boolean;
}

export function mapBackups(model: Model, notes: Notes): MappedVault[] {
  const out: MappedVault[] = [];
  for (const data of model.data) {
    const users = processesUsing(model, data);
    for (const copy of data.copies) {
      if (copy.kind !== 'backup-bucket') continue;
      const lockDays = copy.objectLock === undefined ? undefined : Math.ceil(copy.objectLock / DAY);
      const keepDays = Math.max(1, Math.ceil(copy.retainVersions / DAY));
      if (lockDays !== undefined && keepDays < lockDays) {
        note(notes, `${copy.path}/retainVersions`, `${data.id}/${copy.id}: old versions are kept ${lockDays} days, as long as the lock, not ${keepDays}`);
      }
      const name = `backup-${sanitizeKey(data.id)}-${sanitizeKey(copy.id)}`;
      out.push({
        name,
        data,
        copy,
        severity: backupSeverity(users),
        processes: users.map((p) => p.id).sort(),
        rpoSeconds: rpoOf(model, data, copy, notes),
        noncurrentVersionDays: Math.max(keepDays, lockDays ?? 0),
        // Governance, not compliance: the owner's admin can still lift it in an emergency.
        ...(lockDays !== undefined ? { objectLock: { mode: 'GOVERNANCE' as const, retentionDays: lockDays } } : {}),
        r2: copy.offProvider && r2Possible(model, copy),
      });
    }
  }
  return out;
}

function r2Possible(model: Model, copy: DataCopy): boolean {
  if (model.infrastructure.cloudflareAccountId === undefined) refusedByLoader(`${copy.path}/offProvider`, 'an R2 copy needs infrastructure.cloudflareAccountId (PB045)');
  return true;
}

/** The tightest RPO of the processes using the data; the copy's own schedule when none does. */
function rpoOf(model: Model, data: DataSet, copy: DataCopy, notes: Notes): number {
  const rpos = processesUsing(model, data).map((p) => p.rpo).filter((s) => s > 0);
  const wanted = rpos.length > 0 ? Math.min(...rpos) : copy.every;
  const rpo = Math.min(RPO_MAX, Math.max(RPO_MIN, wanted));
  if (rpo !== wanted) {
    note(notes, copy.path, `${data.id}/${copy.id}: CloudWatch watches 1 minute to 7 days; the missed-backup alarm uses ${rpo} s instead of ${wanted} s`);
  }
  return rpo;
}

export interface BackupDeps {
  alarmTopicArns: pulumi.Input<string>[];
  provider?: BackupVaultArgs['provider'];
  replicaProvider: NonNullable<BackupVaultArgs['replica']>['provider'];
  cloudflare?: { accountId: pulumi.Input<string>; provider?: NonNullable<BackupVaultArgs['r2']>['provider'] };
}

export function backupVaultArgs(model: Model, v: MappedVault, deps: BackupDeps): BackupVaultArgs {
  const process = soleProcess(v.processes);
  return {
    business: model.business.slug,
    ...(process !== undefined ? { process } : {}),
    noncurrentVersionDays: v.noncurrentVersionDays,
    ...(v.objectLock !== undefined ? { objectLock: v.objectLock } : {}),
    ...(deps.provider !== undefined ? { provider: deps.provider } : {}),
    replica: { provider: deps.replicaProvider },
    ...(v.r2 && deps.cloudflare !== undefined
      ? { r2: { accountId: deps.cloudflare.accountId, ...(deps.cloudflare.provider !== undefined ? { provider: deps.cloudflare.provider } : {}) } }
      : {}),
    freshness: { rpoSeconds: v.rpoSeconds, alarmTopicArns: deps.alarmTopicArns },
  };
}
