/** Durations as written in a blueprint ("15m", "1h", "2d") to and from seconds. */
import type { Seconds } from '../model/model';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION = /^([0-9]+(?:\.[0-9]+)?)(s|m|h|d|w)$/;

/** Seconds, rounded to whole seconds; undefined for text that is not a duration. */
export function parseDuration(text: string): Seconds | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number));
}

/** The shortest exact form: 5400 -> "90m", 7200 -> "2h", 90 -> "90s". */
export function formatDuration(seconds: Seconds): string {
  for (const unit of ['w', 'd', 'h', 'm'] as const) {
    const size = UNIT_SECONDS[unit] as number;
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** "99.9%" -> 0.999 */
export function parsePercentage(text: string): number {
  return Number(text.replace('%', '')) / 100;
}
