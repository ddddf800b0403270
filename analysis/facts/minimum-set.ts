/**
 * The minimum data set a business keeps off the cloud (active customers, open orders, document
 * templates, emergency instructions): PB121 reports a missing part, the readiness score counts it.
 */
import type { DataSet } from '../../model/model';

export const MINIMUM_SET = ['customers', 'orders', 'templates', 'instructions'] as const;

export function hasOfflineCopy(set: DataSet): boolean {
  return set.copies.some((c) => c.offline);
}
