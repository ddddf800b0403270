import type { DataCopy, DataSet } from '../../model/model';
import { defineRule } from './rule';

/** A copy fails with its source when it is kept by the same vendor, or only in the source's places. */
export function copySharesSource(copy: DataCopy, set: DataSet): boolean {
  const vendor = copyVendorKey(copy);
  if (vendor !== undefined && vendor === set.source.vendorKey) return true;
  const sourcePlaces = new Set(set.source.location.map((p) => p.id));
  return copy.location.length > 0 && copy.location.every((p) => sourcePlaces.has(p.id));
}

/** Backup buckets live on AWS unless the blueprint names their vendor. */
export function copyVendorKey(copy: DataCopy): string | undefined {
  if (copy.vendor !== undefined) return copy.vendor.trim().toLowerCase();
  return copy.kind === 'backup-bucket' ? 'aws' : undefined;
}

/** PB120: a data set with no copy, or whose copies all live with the source provider. */
export const copiesWithSource = defineRule({
  code: 'PB120',
  name: 'copies-with-source-provider',
  severity: 'error',
  run({ model }, emit) {
    for (const set of model.data) {
      if (set.copies.length === 0) {
        emit(set.path, 'noCopy', { data: set.name, source: set.source.name });
      } else if (set.copies.every((c) => copySharesSource(c, set))) {
        emit(set.path + '/copies', 'withSource', { data: set.name, vendor: set.source.vendor });
      }
    }
  },
});
