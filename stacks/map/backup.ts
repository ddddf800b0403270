/**
 * Data copies of kind backup-bucket -> BackupVaults args: each copy is a data set with its own
 * prefix, version retention, RPO and "no new backup within RPO" alarm; the component puts copies
 * with the same Object Lock into one vault (components/backup/vault-classes.ts).
 */
import type * as pulumi from '@pulumi/pulumi';
import type { AlertLevel, DataCopy, DataSet, Model } from '../../model/model';
import type { BackupDataSet, BackupVaultsArgs } from '../../components/backup/backup-vaults';
import { sanitizeKey } from '../../components/common/names';
import { note, refusedByLoader, type Notes } from './notes';
import { backupSeverity, processesUsing, soleProcess } from './processes';

const DAY = 86400;
/** CloudWatch's alarm window: one minute to seven days. */
const RPO_MIN = 60;
const RPO_MAX = 7 * DAY;

/** The one BackupVaults component of a stack. */
export const BACKUP_COMPONENT = 'backup';

export interface MappedVault {
  /** Data set id inside the vaults, `<data id>-<copy id>`: its key prefix and its alarm's key. */
  name: string;
  data: DataSet;
  copy: DataCopy;
  severity: AlertLevel;
  processes: string[];
  rpoSeconds: number;
  noncurrentVersionDays: number;
  objectLock?: BackupDataSet['objectLock'];
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
        note(
          notes,
          `${copy.path}/retainVersions`,
          `${data.id}/${copy.id}: old versions are kept ${lockDays} days, as long as the lock, not ${keepDays}`,
        );
      }
      const name = `${sanitizeKey(data.id)}-${sanitizeKey(copy.id)}`;
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
  if (model.infrastructure.cloudflareAccountId === undefined)
    refusedByLoader(`${copy.path}/offProvider`, 'an R2 copy needs infrastructure.cloudflareAccountId (PB045)');
  return true;
}

/** The tightest RPO of the processes using the data; the copy's own schedule when none does. */
function rpoOf(model: Model, data: DataSet, copy: DataCopy, notes: Notes): number {
  const rpos = processesUsing(model, data)
    .map((p) => p.rpo)
    .filter((s) => s > 0);
  const wanted = rpos.length > 0 ? Math.min(...rpos) : copy.every;
  const rpo = Math.min(RPO_MAX, Math.max(RPO_MIN, wanted));
  if (rpo !== wanted) {
    note(
      notes,
      copy.path,
      `${data.id}/${copy.id}: CloudWatch watches 1 minute to 7 days; the missed-backup alarm uses ${rpo} s instead of ${wanted} s`,
    );
  }
  return rpo;
}

export interface BackupDeps {
  replicaProvider: NonNullable<BackupVaultsArgs['replica']>['provider'];
  /** The Cloudflare account for the R2 bucket (its provider comes through the component's opts). */
  cloudflareAccountId?: pulumi.Input<string>;
}

export function backupVaultsArgs(model: Model, vaults: readonly MappedVault[], deps: BackupDeps): BackupVaultsArgs {
  return {
    business: model.business.slug,
    dataSets: vaults.map((v) => {
      const process = soleProcess(v.processes);
      return {
        id: v.name,
        noncurrentVersionDays: v.noncurrentVersionDays,
        ...(v.objectLock !== undefined ? { objectLock: v.objectLock } : {}),
        rpoSeconds: v.rpoSeconds,
        offsite: v.r2 && deps.cloudflareAccountId !== undefined,
        ...(process !== undefined ? { process } : {}),
      };
    }),
    replica: { provider: deps.replicaProvider },
    ...(deps.cloudflareAccountId !== undefined ? { r2: { accountId: deps.cloudflareAccountId } } : {}),
  };
}
