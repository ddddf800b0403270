/** Date arithmetic on ISO dates, in UTC, never reading the clock. */

/** `iso` plus `seconds`, as an ISO date (YYYY-MM-DD). */
export function addSeconds(iso: string, seconds: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Date(t + seconds * 1000).toISOString().slice(0, 10);
}
