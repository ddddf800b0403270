/**
 * Durations and dates inside sane bounds: an RTO of a million years or a copy dated 1900 is a
 * typo, and the arithmetic after it (time budgets, expiry alarms, CloudWatch periods) would
 * silently overflow or clamp. Every duration and date field of the schema is covered.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { formatDuration, parseDuration } from '../durations';
import { forEachString } from './walk';
import { pathsOf } from './schema-paths';
import { reporter } from './report';

/** The longest duration any field may hold: ten years. */
export const MAX_DURATION_SECONDS = 3650 * 86400;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const DURATIONS = pathsOf('duration');
const DATES = pathsOf('isoDate');

/** A YYYY-MM-DD date that exists (the schema reports the others: 2026-13-01, 2026-02-30). */
function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The field a pattern ends in, as the user wrote it ("rto", "every"). */
function fieldOf(pattern: string): string {
  return (
    pattern
      .split('/')
      .filter((s) => s !== '*')
      .pop() ?? pattern
  );
}

/** Today in UTC as YYYY-MM-DD, plus a day: a user east of Greenwich may already be in tomorrow. */
function latestRevision(now: Date): string {
  return new Date(now.getTime() + 86400_000).toISOString().slice(0, 10);
}

export function checkBounds(data: unknown, map: YamlSourceMap, out: Diagnostic[], now: Date = new Date()): void {
  const report = reporter(map, out);
  for (const pattern of DURATIONS) {
    forEachString(data, pattern, (value, pointerOf) => {
      const seconds = parseDuration(value);
      if (seconds === undefined || seconds <= MAX_DURATION_SECONDS) return;
      report(
        pointerOf(),
        'PB044',
        `${fieldOf(pattern)} ${value} is longer than the limit of 10 years (${formatDuration(MAX_DURATION_SECONDS)})`,
        'check the unit (m is minutes, w is weeks; there is no unit for months or years): e.g. 4h, 2d, 52w',
      );
    });
  }
  for (const pattern of DATES) {
    forEachString(data, pattern, (value, pointerOf) => {
      const year = Number(value.slice(0, 4));
      if (!isRealDate(value) || (year >= FIRST_YEAR && year <= LAST_YEAR)) return;
      report(
        pointerOf(),
        'PB044',
        `${fieldOf(pattern)} ${value} is outside the years ${FIRST_YEAR}..${LAST_YEAR}`,
        'check the year: write the date as YYYY-MM-DD, e.g. 2026-11-02',
      );
    });
  }
  const latest = latestRevision(now);
  forEachString(data, 'business/revised', (value, pointerOf) => {
    if (!isRealDate(value) || value <= latest) return;
    report(
      pointerOf(),
      'PB044',
      `revised ${value} is after today: a revision date cannot be in the future`,
      'write the date the blueprint was last revised, today at the latest; documents are dated from it',
    );
  });
}
