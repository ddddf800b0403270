/** Durations that must be positive: a zero RTO or switch time is a typo, never a plan. */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { parseDuration } from '../durations';
import { forEachString } from './walk';

const POSITIVE: readonly { pattern: string; what: string }[] = [
  { pattern: 'processes/*/rto', what: 'an RTO (the longest tolerable stop)' },
  { pattern: 'processes/*/rpo', what: 'an RPO (the most data it may lose)' },
  { pattern: 'processes/*/planB/switchTime', what: 'a switch time' },
  { pattern: 'data/*/copies/*/every', what: 'a copy interval' },
  { pattern: 'data/*/copies/*/checkEvery', what: 'a restore-test interval' },
  // The bucket's lock is set in whole days, at least one (components/backup); less rounds to none.
  { pattern: 'data/*/copies/*/objectLock', what: 'an object lock' },
  { pattern: 'monitoring/endpoints/*/interval', what: 'a check interval' },
  { pattern: 'monitoring/businessChecks/*/window', what: 'a window' },
  { pattern: 'drills/every', what: 'a drill interval' },
  { pattern: 'escalation/*/tryFor', what: 'a time to try a person' },
  { pattern: 'domains/*/records/*/ttl', what: 'a TTL' },
  { pattern: 'domains/*/failover/*/ttl', what: 'a TTL' },
];

export function checkPositiveDurations(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  for (const { pattern, what } of POSITIVE) {
    forEachString(data, pattern, (value, pointerOf) => {
      if (parseDuration(value) === 0) {
        const pointer = pointerOf();
        out.push({
          ...map.locate(pointer),
          severity: 'error',
          code: 'PB033',
          pointer,
          message: `${what} of zero is not possible`,
          hint: 'give a real duration, e.g. 15m or 4h',
        });
      }
    });
  }
}
