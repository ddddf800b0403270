/**
 * Which vault a data set's backups go to. Object Lock's default retention is a property of a
 * bucket, not of a key prefix, so data sets share a vault exactly when they share a lock (mode
 * and days, or none); everything else (version retention, RPO, alarm topics) is per prefix.
 * One vault per lock class instead of one per data set is what keeps the stack small: each
 * vault is a dozen resources, each data set only a metric filter and an alarm.
 */
import { sanitizeKey } from '../common/names';

export interface ObjectLockSpec {
  mode: 'GOVERNANCE' | 'COMPLIANCE';
  retentionDays: number;
}

/** The part of a data set that decides its vault. */
export interface LockedSet {
  id: string;
  objectLock?: ObjectLockSpec;
}

export interface VaultClass<T extends LockedSet> {
  /** `unlocked` or `<mode>-<days>d`, e.g. `governance-30d`: names the vault's resources. */
  key: string;
  objectLock?: ObjectLockSpec;
  /** The data sets in this vault, in the order given. */
  members: T[];
}

export function vaultKey(lock: ObjectLockSpec | undefined): string {
  return lock === undefined ? 'unlocked' : sanitizeKey(`${lock.mode}-${lock.retentionDays}d`);
}

/** Groups data sets by lock class; classes sorted by key so the plan does not depend on order. */
export function vaultClasses<T extends LockedSet>(sets: readonly T[]): VaultClass<T>[] {
  const byKey = new Map<string, VaultClass<T>>();
  for (const s of sets) {
    const key = vaultKey(s.objectLock);
    const found = byKey.get(key);
    if (found !== undefined) found.members.push(s);
    else byKey.set(key, { key, ...(s.objectLock !== undefined ? { objectLock: s.objectLock } : {}), members: [s] });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The key prefix a data set's backup job writes under: `<id>/`. */
export function dataSetPrefix(id: string): string {
  return `${id}/`;
}
