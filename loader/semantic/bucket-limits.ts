/**
 * How many backup copies the vaults can hold. Past S3's fixed per-bucket limits the plan's
 * preflight would refuse the stack (PF005) while validate called the blueprint valid: the count
 * is known from the blueprint alone, so it is an error here, at the first copy over the limit.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { BACKUP_BUCKET_COPIES_MAX } from '../../model/buildable';
import { forEachMatch } from './walk';
import { reporter } from './report';

export function checkBucketLimits(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  let copies = 0;
  forEachMatch(data, 'data/*/copies/*', (copy, pointerOf) => {
    if (copy === null || typeof copy !== 'object' || (copy as Record<string, unknown>).kind !== 'backup-bucket') return;
    copies++;
    // One error, at the first copy over: the ones after it are the same mistake.
    if (copies !== BACKUP_BUCKET_COPIES_MAX + 1) return;
    report(
      pointerOf(),
      'PB045',
      `this is backup-bucket copy number ${copies.toLocaleString('en-US')}; Plan B's backup vaults hold at most ${BACKUP_BUCKET_COPIES_MAX.toLocaleString('en-US')} ` +
        `(each copy needs an S3 request-metrics filter for its missed-backup alarm and a lifecycle rule in the replica bucket; S3 allows ${BACKUP_BUCKET_COPIES_MAX.toLocaleString('en-US')} of each per bucket and does not raise it)`,
      'back several data sets up together as one data set with one backup-bucket copy, or keep the copies of the less critical ones elsewhere (kind: second-provider, nas, usb)',
    );
  });
}
