/** Exit codes every command shares: CI keys on them. */
export const EXIT = {
  ok: 0,
  /** The blueprint is wrong (or, for analyze, findings at or above --fail-on). */
  invalid: 1,
  /** The command line is wrong. */
  usage: 2,
} as const;
